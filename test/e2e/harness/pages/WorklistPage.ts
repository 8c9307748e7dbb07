import type { Page } from 'playwright-core';

export class WorklistPage {
  constructor(private readonly page: Page) {}

  async waitUntilShown(): Promise<void> {
    await this.page.getByTestId('worklist').or(this.page.getByTestId('first-start')).first().waitFor({ state: 'visible' });
  }

  rows() {
    return this.page.getByTestId('worklist-row');
  }

  async references(): Promise<string[]> {
    return this.page.getByTestId('open-case').allTextContents();
  }

  async open(reference: string): Promise<void> {
    await this.page.getByTestId('open-case').filter({ hasText: reference }).click();
  }

  foreignBadges() {
    return this.page.getByTestId('worklist').getByTestId('foreign-provided-badge');
  }
}
