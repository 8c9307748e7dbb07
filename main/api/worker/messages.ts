// The messages between the Electron main thread and the core worker thread.
// Only main can post to the worker (it holds the only handle), so a client id
// here is always one main assigned to a window it checked: a renderer never
// sees or names one.
import type { ApiError, ApiResult } from '../../../preload/contract/errors';

/** Everything the worker needs to open the workspace: the key was unwrapped by main (OS keystore). */
export interface CoreWorkerData {
  dir: string;
  key: Uint8Array;
  create: boolean;
  workstation: string;
}

export type ToWorker =
  | { type: 'invoke'; callId: number; clientId: number; method: unknown; args: unknown }
  | { type: 'print'; callId: number; clientId: number; printId: string }
  | { type: 'ping'; callId: number }
  | { type: 'close-client'; clientId: number }
  | { type: 'close' };

/** A refusal or failure that crosses the thread boundary as plain data (RidgelineError is rebuilt from it). */
export type WireError = ApiError;

export type PrintAnswer = { ok: true; png: Uint8Array } | { ok: false; error: WireError };

export type FromWorker =
  | { type: 'ready'; schemaVersion: number }
  | { type: 'failed'; error: WireError }
  | { type: 'result'; callId: number; result: ApiResult<unknown> }
  | { type: 'print'; callId: number; answer: PrintAnswer }
  | { type: 'pong'; callId: number }
  | { type: 'log'; message: string; error: string }
  | { type: 'closed' };
