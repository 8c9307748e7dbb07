import { SharedError } from '../shared/errors';
export interface CaseSummary { id: string }
export const caseError = SharedError;
