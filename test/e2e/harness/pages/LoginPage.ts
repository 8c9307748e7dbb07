import type { Page } from 'playwright-core';

/** The sign-in form (SessionGate): username, password, submit. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async waitUntilShown(): Promise<void> {
    await this.page.getByTestId('login-username').waitFor({ state: 'visible' });
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.page.getByTestId('login-username').fill(username);
    await this.page.getByTestId('login-password').fill(password);
    await this.page.getByTestId('login-submit').click();
  }
}
