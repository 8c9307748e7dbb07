import type { CaseSummary } from '../../preload/contract/cases';
import { SharedError } from '../../preload/shared/errors';
export const view = (c: CaseSummary) => new SharedError(c.id);
