// The window's thread stays free: while the largest packet the import budget
// accepts (main/core/packets/budget.ts: its image count and its total pixels,
// filled exactly) is parsed, decoded and written to SQLite in the core
// worker, this thread — the Electron main thread's stand-in, running the same
// routing code — keeps answering. A timer probe every 5 ms records how late
// each tick fires; no tick may be more than 50 ms late.
//
// On Linux the probe also reads this thread's scheduler accounting
// (/proc/thread-self/schedstat) and subtracts the time the thread sat runnable
// on a run queue waiting for a core: on a machine whose cores are all busy
// (our shared CI: load ~20 on 2 cores) the OS alone delays ticks by 100 ms,
// which says nothing about our code. What remains is time this thread was
// busy or blocked itself. Elsewhere the raw lateness is asserted. Run
// in-process instead, the same import blocks this thread for seconds.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCoreHost, type CoreHost } from '../../../main/api/worker/worker-host';
import { PACKET_BUDGET } from '../../../main/core/packets/budget';
import { sealPacket } from '../../helpers/intake-exchange';
import { largePacket, largestShapeWithinBudget } from '../../helpers/large-packet';
import { call } from '../accounts/fixtures';
import { EXAMINER, seedWorkerWorkspace, WORKSTATION, type SeededWorkspace } from './seed';

const PROBE_MS = 5;
const LIMIT_MS = 50;

let core: CoreHost;
let packetKeys: SeededWorkspace['packetKeys'];

beforeAll(async () => {
  const seeded = await seedWorkerWorkspace();
  packetKeys = seeded.packetKeys;
  core = await startCoreHost({ dir: seeded.dir, key: seeded.key, create: false, workstation: WORKSTATION, log: () => undefined });
}, 120_000);
afterAll(() => core?.close());

/** Nanoseconds this thread has waited on a run queue, or null where the kernel does not say. */
function runQueueWaitMs(): number | null {
  try {
    const [, waitNs] = fs.readFileSync('/proc/thread-self/schedstat', 'utf8').trim().split(/\s+/).map(Number);
    return Number.isFinite(waitNs) ? waitNs! / 1e6 : null;
  } catch {
    return null;
  }
}

function startProbe() {
  let worstLate = 0;
  let worstOwnLate = 0;
  let ticks = 0;
  let expected = performance.now() + PROBE_MS;
  let waited = runQueueWaitMs();
  const timer = setInterval(() => {
    const now = performance.now();
    const late = Math.max(0, now - expected);
    const waitedNow = runQueueWaitMs();
    // Lateness not explained by waiting for a core: time this thread was busy (or blocked) itself.
    const own = waited !== null && waitedNow !== null ? Math.max(0, late - (waitedNow - waited)) : late;
    worstLate = Math.max(worstLate, late);
    worstOwnLate = Math.max(worstOwnLate, own);
    ticks++;
    waited = waitedNow;
    expected = now + PROBE_MS;
  }, PROBE_MS);
  return {
    stop() {
      clearInterval(timer);
      return { ticks, worstLateMs: round(worstLate), worstLateOwnMs: round(worstOwnLate), schedstat: waited !== null };
    },
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

describe('main-thread responsiveness during a packet import', () => {
  it(`answers within ${LIMIT_MS} ms throughout the import of the largest packet the budget allows`, { timeout: 600_000, retry: 1 }, async () => {
    const examiner = core.client();
    await call(examiner, 'auth.signIn', EXAMINER);
    const large = largePacket(largestShapeWithinBudget());
    const { images, pixels } = large;
    const bytes = await sealPacket(large.bytes, packetKeys);
    expect(images).toBe(PACKET_BUDGET.maxImages);
    expect(pixels).toBeLessThanOrEqual(PACKET_BUDGET.maxTotalPixels);
    expect(pixels).toBeGreaterThan(PACKET_BUDGET.maxTotalPixels * 0.99);
    const megabytes = bytes.byteLength / 2 ** 20;

    const probe = startProbe();
    const started = performance.now();
    const result = await call<{ printCount: number; skipped: unknown[] }>(examiner, 'packets.intake', { fileName: 'largest.gpg', content: bytes });
    const importMs = Math.round(performance.now() - started);
    const figures = probe.stop();

    console.log(JSON.stringify({ test: 'main-thread-responsiveness', packetMB: round(megabytes), images, megapixels: Math.round(pixels / 1e6), importMs, ...figures }));
    expect(result.printCount).toBe(images);
    expect(result.skipped).toEqual([]);
    // The import must last long enough for the probe to mean something.
    expect(figures.ticks).toBeGreaterThan(100);
    expect(figures.worstLateOwnMs).toBeLessThan(LIMIT_MS);
  });
});
