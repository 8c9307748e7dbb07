// The core worker's entry script (built to out/main/core-worker.cjs; the Node
// tests and the E2E bridge load this source through tsx).
import { parentPort, workerData } from 'node:worker_threads';
import type { CoreWorkerData } from './messages';
import { runCoreWorker } from './core-worker';

if (!parentPort) throw new Error('core-worker must run in a worker thread');
runCoreWorker(parentPort, workerData as CoreWorkerData);
