// Finding 7: the host decided whether a call had audited itself by comparing
// the global chain head before and after, so a concurrent call moving the
// head made it skip its entry; and reads were audited after the data was
// produced, failing open when the entry could not be written.
import { describe, expect, it, vi } from 'vitest';
import { createApiHost } from '../../../main/api/host';
import { implementation } from '../../../main/api/implementation';
import type { Implementation } from '../../../main/api/registry';
import { call, createAccountsWorld, WORKSTATION } from '../accounts/fixtures';

async function worldWithCase() {
  const world = await createAccountsWorld(['examiner']);
  const caseId = world.ws.cases.create({ reference: 'R-1', partnerId: 'pt_a', purposeCode: 'P', foreignProvided: false });
  return { world, caseId };
}

describe('auditing reads of personal data', () => {
  it('records a slow read even when another call moves the chain head meanwhile', async () => {
    const { world, caseId } = await worldWithCase();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: Implementation = {
      ...implementation,
      'cases.get': { ...implementation['cases.get'], handler: async (ctx, args) => (await gate, implementation['cases.get'].handler(ctx, args)) },
    };
    const reader = createApiHost({ workspace: world.ws, workstation: WORKSTATION, clock: world.clock.now, implementation: slow });
    await call(reader, 'auth.signIn', { username: 'examiner', password: 'correct horse battery' });
    const other = await world.signedIn('examiner');
    const before = world.ws.audit.head().seq;

    const pending = reader.invoke('cases.get', { caseId });
    // Another window's call writes an entry while the read is in progress.
    expect(await other.invoke('admin.users.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    release();
    expect(await pending).toMatchObject({ ok: true });

    const reads = world.ws.audit.query({ event: 'case.read' }).filter((e) => e.seq > before);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ objects: [`case:${caseId}`], userId: world.userId('examiner'), outcome: 'success' });
  });

  it('writes the read entry before the data is produced, and refuses the read when it cannot', async () => {
    const { world, caseId } = await worldWithCase();
    const produced: string[] = [];
    const watched: Implementation = {
      ...implementation,
      'cases.get': { ...implementation['cases.get'], handler: (ctx, args) => (produced.push(args.caseId), implementation['cases.get'].handler(ctx, args)) },
    };
    const host = createApiHost({ workspace: world.ws, workstation: WORKSTATION, clock: world.clock.now, implementation: watched, log: () => undefined });
    await call(host, 'auth.signIn', { username: 'examiner', password: 'correct horse battery' });

    const original = world.ws.audit.record.bind(world.ws.audit);
    const spy = vi.spyOn(world.ws.audit, 'record').mockImplementation((entry) => {
      if (entry.event === 'case.read') throw new Error('disk full');
      return original(entry);
    });
    const result = await host.invoke('cases.get', { caseId });
    spy.mockRestore();

    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(produced).toEqual([]);
  });

  it('a read that then fails is recorded twice: the attempt, and its outcome', async () => {
    const { world } = await worldWithCase();
    const host = await world.signedIn('examiner');
    const before = world.ws.audit.head().seq;
    expect(await host.invoke('cases.get', { caseId: 'c_missing' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const added = world.ws.audit.query({}).filter((e) => e.seq > before).reverse();
    expect(added.map((e) => [e.event, e.outcome])).toEqual([
      ['case.read', 'success'],
      ['case.read', 'error'],
    ]);
  });
});
