// The main-thread side of the core worker: starts the worker thread that owns
// the workspace, and gives each window a client whose `invoke` has exactly the
// API host's shape (method, args) -> ApiResult. The Electron shell, the E2E
// bridge and the Node tests all use this; the CLI stays in-process (a command
// has no window to keep responsive).
//
// Why a worker thread and not an Electron utilityProcess: a worker thread runs
// the same way under plain Node — in the Vitest suite and in the browser E2E
// bridge — so the code that ships is the code the tests exercise; a
// utilityProcess exists only inside Electron. The worker also shares the
// process with main, so the database key (unwrapped by the OS keystore in
// main) is handed over in memory and never crosses an OS pipe, and packet bytes
// move by transferring their ArrayBuffer instead of being copied between
// processes. The price: a native crash in the worker (SQLite, the matcher) ends
// the whole app, where a utilityProcess would die alone. JavaScript failures —
// exceptions, a heap exhausted by a hostile file — end only the worker, and
// this host starts a fresh one (sessions are lost: users sign in again).
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ApiResult } from '../../../preload/contract/errors';
import { RidgelineError } from '../../../preload/shared/errors';
import type { CoreWorkerData, FromWorker, PrintAnswer, ToWorker } from './messages';
import { transferablesOf } from './transfer';

export interface CoreHostOptions {
  /** Folder of the workspace database. */
  dir: string;
  /** The database key; main keeps it to restart a worker that died. */
  key: Uint8Array;
  create: boolean;
  /** This workstation's name, in every audit entry. */
  workstation: string;
  /**
   * The built worker script (out/main/core-worker.cjs in the app). Without it
   * the TypeScript source runs through tsx: Node tests, the E2E bridge.
   */
  script?: string;
  /** Where the worker's unexpected errors and exits are logged (main-process log). */
  log?: (message: string, error: unknown) => void;
}

/** One window's way into the core: its own session lives in the worker under an id only main knows. */
export interface HostClient {
  invoke(method: unknown, args: unknown): Promise<ApiResult<unknown>>;
  /** The PNG of a print the client's session may see; throws RidgelineError otherwise (answer it as a 404). */
  printPng(printId: string): Promise<Uint8Array>;
  /** Forgets the client's session (its window closed). */
  close(): void;
}

export interface CoreHost {
  /** Schema version of the workspace the worker opened. */
  readonly schemaVersion: number;
  client(): HostClient;
  /** Round trip to the worker in milliseconds (answered between, not during, long synchronous steps). */
  ping(): Promise<number>;
  close(): Promise<void>;
}

// __filename, not __dirname: tsx's ESM loader reports a data: URL as __dirname for a module it compiled.
const SOURCE_ENTRY = path.join(path.dirname(__filename), 'entry.worker.ts');
/** Restarts after unexpected worker exits before the host gives up (a crash loop helps nobody). */
const MAX_RESTARTS = 3;
const INTERNAL = 'An internal error occurred; it has been logged';

function spawnWorker(script: string | undefined, data: CoreWorkerData): Worker {
  // A copy of the key for this worker: it zeroes its copy once the database is open.
  const workerData: CoreWorkerData = { ...data, key: new Uint8Array(data.key) };
  if (script) return new Worker(script, { workerData, transferList: [workerData.key.buffer as ArrayBuffer] });
  // Source tree: tsx compiles the TypeScript entry (and everything it imports) inside the worker.
  const tsx = createRequire(SOURCE_ENTRY).resolve('tsx/cjs/api');
  const bootstrap = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(SOURCE_ENTRY)});`;
  return new Worker(bootstrap, { eval: true, workerData, transferList: [workerData.key.buffer as ArrayBuffer] });
}

type Pending =
  | { kind: 'result'; resolve(result: ApiResult<unknown>): void }
  | { kind: 'print'; resolve(answer: PrintAnswer): void }
  | { kind: 'pong'; resolve(): void };

interface Running {
  worker: Worker;
  schemaVersion: number;
}

/** Starts the worker, waits until it has opened the workspace (a wrong key or a missing file rejects with RidgelineError). */
export async function startCoreHost(options: CoreHostOptions): Promise<CoreHost> {
  const log = options.log ?? ((message, error) => console.error(`[ridgeline core] ${message}`, error));
  const data: CoreWorkerData = { dir: options.dir, key: new Uint8Array(options.key), create: options.create, workstation: options.workstation };
  const pending = new Map<number, Pending>();
  let nextCallId = 1;
  let nextClientId = 1;
  let restarts = 0;
  let closing = false;
  let current: Promise<Running> | null = null;

  const failPending = () => {
    for (const entry of pending.values()) {
      if (entry.kind === 'result') entry.resolve({ ok: false, error: { code: 'internal', message: INTERNAL } });
      else if (entry.kind === 'print') entry.resolve({ ok: false, error: { code: 'internal', message: INTERNAL } });
      else entry.resolve();
    }
    pending.clear();
  };

  const start = (create: boolean): Promise<Running> =>
    new Promise<Running>((resolve, reject) => {
      const worker = spawnWorker(options.script, { ...data, create });
      let ready = false;
      worker.on('message', (message: FromWorker) => {
        switch (message.type) {
          case 'ready':
            ready = true;
            resolve({ worker, schemaVersion: message.schemaVersion });
            return;
          case 'failed':
            reject(new RidgelineError(message.error.code, message.error.message, message.error.details));
            void worker.terminate();
            return;
          case 'log':
            log(message.message, message.error);
            return;
          case 'closed':
            return;
          default: {
            const entry = pending.get(message.callId);
            pending.delete(message.callId);
            if (entry?.kind === 'result' && message.type === 'result') entry.resolve(message.result);
            else if (entry?.kind === 'print' && message.type === 'print') entry.resolve(message.answer);
            else if (entry?.kind === 'pong' && message.type === 'pong') entry.resolve();
          }
        }
      });
      worker.on('error', (error) => {
        log('core worker failed', error);
        if (!ready) reject(error);
      });
      worker.on('exit', (code) => {
        failPending();
        if (!ready) reject(new RidgelineError('internal', `The core worker stopped while opening the workspace (exit ${code})`));
        if (closing) return;
        // An unexpected exit: the next call starts a fresh worker on the same workspace.
        log('core worker exited unexpectedly', new Error(`exit code ${code}`));
        current = null;
      });
    });

  const running = (): Promise<Running> => {
    if (closing) return Promise.reject(new RidgelineError('internal', 'The workspace is closed'));
    if (!current) {
      if (restarts >= MAX_RESTARTS) return Promise.reject(new RidgelineError('internal', 'The core worker keeps failing; restart Ridgeline'));
      restarts++;
      current = start(false);
    }
    return current;
  };

  const send = async <T>(message: ToWorker & { callId: number }, entry: (resolve: (value: T) => void) => Pending): Promise<T> => {
    const { worker } = await running();
    return new Promise<T>((resolve) => {
      pending.set(message.callId, entry(resolve));
      // The caller hands its byte arrays over: they are moved to the worker, not copied.
      worker.postMessage(message, transferablesOf(message));
    });
  };

  current = start(options.create);
  const first = await current;

  return {
    schemaVersion: first.schemaVersion,
    client(): HostClient {
      const clientId = nextClientId++;
      return {
        async invoke(method, args) {
          try {
            return await send<ApiResult<unknown>>({ type: 'invoke', callId: nextCallId++, clientId, method, args }, (resolve) => ({ kind: 'result', resolve }));
          } catch (error) {
            log('core worker unavailable', error);
            return { ok: false, error: { code: 'internal', message: INTERNAL } };
          }
        },
        async printPng(printId) {
          const answer = await send<PrintAnswer>({ type: 'print', callId: nextCallId++, clientId, printId }, (resolve) => ({ kind: 'print', resolve }));
          if (!answer.ok) throw new RidgelineError(answer.error.code, answer.error.message, answer.error.details);
          return answer.png;
        },
        close() {
          void current?.then(({ worker }) => worker.postMessage({ type: 'close-client', clientId } satisfies ToWorker)).catch(() => undefined);
        },
      };
    },
    async ping() {
      const started = performance.now();
      await send<void>({ type: 'ping', callId: nextCallId++ }, (resolve) => ({ kind: 'pong', resolve: () => resolve() }));
      return performance.now() - started;
    },
    async close() {
      if (closing) return;
      closing = true;
      const live = await current?.catch(() => null);
      if (!live) return;
      const { worker } = live;
      await new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        worker.on('message', (message: FromWorker) => {
          if (message.type === 'closed') void worker.terminate();
        });
        worker.postMessage({ type: 'close' } satisfies ToWorker);
      });
      data.key.fill(0);
    },
  };
}
