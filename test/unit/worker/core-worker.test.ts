// The core worker behind the API host's shape: the workspace opens in a worker
// thread; each client (window) has its own session there, under an id only the
// main thread holds; bytes cross as Uint8Array with their buffers transferred;
// print images are encoded in the worker; failures come back typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCoreHost, type CoreHost } from '../../../main/api/worker/worker-host';
import { decodeImage } from '../../../main/formats/images';
import type { PrintExport } from '../../../preload/contract/prints';
import { testKey } from '../../helpers/workspace';
import { sealPacket } from '../../helpers/intake-exchange';
import { largePacket } from '../../helpers/large-packet';
import { call } from '../accounts/fixtures';
import { EXAMINER, seedWorkerWorkspace, WORKSTATION, type SeededWorkspace } from './seed';

let seeded: SeededWorkspace;
let core: CoreHost;
const logged: string[] = [];

beforeAll(async () => {
  seeded = await seedWorkerWorkspace();
  core = await startCoreHost({ dir: seeded.dir, key: seeded.key, create: false, workstation: WORKSTATION, log: (message) => logged.push(message) });
}, 120_000);
afterAll(() => core?.close());

describe('core worker host', () => {
  it('refuses a wrong key with a typed error, before any client exists', async () => {
    await expect(startCoreHost({ dir: seeded.dir, key: testKey(), create: false, workstation: WORKSTATION, log: () => undefined })).rejects.toMatchObject({
      name: 'RidgelineError',
      code: 'wrong-key',
    });
  });

  it('keeps one session per client: signing in one window signs in nobody else', async () => {
    const first = core.client();
    const second = core.client();
    expect(await call(first, 'auth.signIn', EXAMINER)).toMatchObject({ signedIn: true });
    expect(await call(second, 'auth.status')).toMatchObject({ signedIn: false });
    expect(await second.invoke('cases.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await first.invoke('cases.list', {})).toMatchObject({ ok: true });
    first.close();
  });

  it('answers prints.export with PNG bytes as a Uint8Array, and print images only to a signed-in client', async () => {
    const examiner = core.client();
    await call(examiner, 'auth.signIn', EXAMINER);
    const exported = await call<PrintExport>(examiner, 'prints.export', { printId: seeded.queryPrintId });
    expect(exported.png).toBeInstanceOf(Uint8Array);
    expect(Array.from(decodeImage(exported.png).pixels)).toEqual(Array.from(seeded.pixels));

    const png = await examiner.printPng(seeded.queryPrintId);
    expect(decodeImage(png)).toMatchObject({ format: 'png', width: 8, height: 6 });
    const stranger = core.client();
    await expect(stranger.printPng(seeded.queryPrintId)).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(examiner.printPng('p_missing')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('moves a packet to the worker (its buffer is transferred, not copied) and takes it in there', async () => {
    const examiner = core.client();
    await call(examiner, 'auth.signIn', EXAMINER);
    const bytes = await sealPacket(largePacket({ extraWsq: 0, uncompressed: 1 }).bytes, seeded.packetKeys);
    const size = bytes.byteLength;
    const result = await call<{ printCount: number; partnerId: string }>(examiner, 'packets.intake', { fileName: 'card.gpg', content: bytes });
    expect(result).toMatchObject({ printCount: 15, partnerId: 'pt_a' });
    expect(size).toBeGreaterThan(2_000_000);
    expect(bytes.byteLength).toBe(0);
  });

  it('refuses base64 text where bytes are expected', async () => {
    const examiner = core.client();
    await call(examiner, 'auth.signIn', EXAMINER);
    const result = await examiner.invoke('packets.intake', { fileName: 'q.gpg', content: 'MS4wMDE6' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('answers a ping from the worker', async () => {
    expect(await core.ping()).toBeLessThan(5_000);
    expect(logged).toEqual([]);
  });
});
