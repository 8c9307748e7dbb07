// The one API contract between renderer and main: method -> argument and result
// schemas. Preload exposes it, main implements and validates it, the renderer and
// the E2E bridge call it. Domains add their methods in their own file here.
import type { z } from 'zod';
import { adminContract } from './admin';
import { agreementsContract } from './agreements';
import { auditContract } from './audit';
import { casesContract } from './cases';
import { correspondencesContract } from './correspondences';
import { demoContract } from './demo';
import { disclosuresContract } from './disclosures';
import { oversightContract } from './oversight';
import { examinationContract } from './examination';
import { packetsContract } from './packets';
import { printsContract } from './prints';
import { reportsContract } from './reports';
import { sessionContract } from './session';

export const contract = {
  ...casesContract,
  ...packetsContract,
  ...sessionContract,
  ...adminContract,
  ...auditContract,
  ...demoContract,
  ...printsContract,
  ...correspondencesContract,
  ...oversightContract,
  ...reportsContract,
  ...agreementsContract,
  ...disclosuresContract,
  ...examinationContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export { type ApiError, type ApiResult, type ErrorCode, errorCodes } from './errors';

/** What preload puts on `window.ridgeline` (and the E2E bridge installs too). */
export interface RidgelineBridge {
  invoke(method: string, args: unknown): Promise<import('./errors').ApiResult<unknown>>;
}

/** The single IPC channel every call travels on. */
export const IPC_CHANNEL = 'ridgeline:invoke';
