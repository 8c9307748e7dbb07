// Runs in the core worker thread: opens the workspace (SQLite), keeps one API
// host (one session) per client that main opened, and answers main's messages.
// Everything heavy — SQLite, packet parsing, image decoding, PNG encoding, the
// demo generator — happens here, so Electron's main thread stays free to paint
// the window and answer the renderer. Nothing here knows about Electron.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MessagePort } from 'node:worker_threads';
import { RidgelineError } from '../../../preload/shared/errors';
import { retentionActor, runRetention, scheduleRetention } from '../../core/retention/run';
import { openWorkspace, type Workspace } from '../../core/workspace';
import { encodePng } from '../../formats/images';
import { createDisplayPrintSource, sessionViewer } from '../../protocol/print-media';
import { createApiHost, type ApiHost } from '../host';
import type { CoreWorkerData, FromWorker, PrintAnswer, ToWorker, WireError } from './messages';
import { transferablesOf } from './transfer';

function wireError(error: unknown): WireError {
  if (error instanceof RidgelineError) return error.details ? { code: error.code, message: error.message, details: error.details } : { code: error.code, message: error.message };
  return { code: 'internal', message: 'An internal error occurred; it has been logged' };
}

/**
 * Gives this thread a lower scheduling priority than the main thread (ten
 * nice levels below it), so on a busy machine the window's thread wins the CPU
 * whenever it has work. Linux only (a thread's id is a pid to setpriority
 * there); elsewhere the worker keeps its priority, which only matters when
 * every core is busy.
 */
function yieldCpuToMainThread(): void {
  if (process.platform !== 'linux') return;
  try {
    const threadId = Number(path.basename(fs.readlinkSync('/proc/thread-self')));
    if (!Number.isInteger(threadId) || threadId <= 0) return;
    os.setPriority(threadId, Math.min(os.constants.priority.PRIORITY_LOW, os.getPriority(threadId) + 10));
  } catch {
    // No /proc or not permitted: run at the inherited priority.
  }
}

export function runCoreWorker(port: MessagePort, data: CoreWorkerData): void {
  yieldCpuToMainThread();
  const post = (message: FromWorker) => port.postMessage(message, transferablesOf(message));
  const log = (message: string, error: unknown) =>
    post({ type: 'log', message, error: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error) });

  let workspace: Workspace;
  try {
    workspace = openWorkspace({ dir: data.dir, key: data.key, create: data.create });
  } catch (error) {
    if (!(error instanceof RidgelineError)) log('could not open the workspace', error);
    post({ type: 'failed', error: wireError(error) });
    return;
  }
  // The key stays in this thread's workspace connection only; drop our copy.
  data.key.fill(0);
  // Each agreement's retention rules run by themselves: now, and daily while the app runs.
  const stopRetention = scheduleRetention(() => {
    const run = runRetention(workspace.db, workspace.audit, retentionActor(data.workstation), { auditWhenNothingExpired: false });
    for (const failure of run.failed) log(`retention could not purge ${failure.caseId}`, failure.message);
  });

  // One host per window: its session (who is signed in, locked or not) lives here, keyed by the id main gave the window.
  const hosts = new Map<number, ApiHost>();
  const hostOf = (clientId: number): ApiHost => {
    let host = hosts.get(clientId);
    if (!host) {
      host = createApiHost({ workspace, workstation: data.workstation, log });
      hosts.set(clientId, host);
    }
    return host;
  };

  const printPng = (clientId: number, printId: string): PrintAnswer => {
    try {
      // Audited before any pixel is produced, display resolution only (finding 2 of the security review).
      const image = createDisplayPrintSource(workspace, sessionViewer(hostOf(clientId).sessions), data.workstation).printImage(printId);
      return { ok: true, png: encodePng(image) };
    } catch (error) {
      if (!(error instanceof RidgelineError)) log(`print image ${printId} failed`, error);
      return { ok: false, error: wireError(error) };
    }
  };

  port.on('message', (message: ToWorker) => {
    switch (message.type) {
      case 'invoke':
        // The host never rejects: every failure is an ApiResult.
        void hostOf(message.clientId)
          .invoke(message.method, message.args)
          .then((result) => post({ type: 'result', callId: message.callId, result }));
        return;
      case 'print':
        post({ type: 'print', callId: message.callId, answer: printPng(message.clientId, message.printId) });
        return;
      case 'ping':
        post({ type: 'pong', callId: message.callId });
        return;
      case 'close-client':
        hosts.delete(message.clientId);
        return;
      case 'close':
        stopRetention();
        hosts.clear();
        workspace.close();
        post({ type: 'closed' });
        port.close();
        return;
    }
  });
  post({ type: 'ready', schemaVersion: workspace.schemaVersion() });
}
