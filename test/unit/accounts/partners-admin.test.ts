// Partner administration through the API host: administrators create partner
// agencies and correct their name or country, each change audited; nobody else
// may, and names stay unique.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerRecord } from '../../../preload/contract/admin';
import { call, createAccountsWorld, type AccountsWorld } from './fixtures';

describe('admin.partners', () => {
  let world: AccountsWorld;
  beforeAll(async () => {
    world = await createAccountsWorld(['examiner', 'supervisor']);
  });
  afterAll(() => world.ws.close());

  it('creates a partner with an id main makes, normalised, and audits it', async () => {
    const admin = await world.signedIn('admin');
    const created = await call<PartnerRecord>(admin, 'admin.partners.create', { name: '  Federal   Police Agency ', country: 'de' });
    expect(created).toMatchObject({ name: 'Federal Police Agency', country: 'DE' });
    expect(created.id).toMatch(/^pt_[0-9a-f]{32}$/);
    expect(await call<PartnerRecord[]>(admin, 'admin.partners.list')).toContainEqual(created);
    const [entry] = world.ws.audit.query({ event: 'partner.created' });
    expect(entry).toMatchObject({ outcome: 'success', objects: [`partner:${created.id}`], details: { name: 'Federal Police Agency', country: 'DE' } });
    expect(entry!.username).toBe('admin');
  });

  it('corrects a name and country, keeping the id and the users assigned to it', async () => {
    const admin = await world.signedIn('admin');
    const updated = await call<PartnerRecord>(admin, 'admin.partners.update', { partnerId: 'pt_a', name: 'Partner A (renamed)', country: 'AAA' });
    expect(updated).toEqual({ id: 'pt_a', name: 'Partner A (renamed)', country: 'AAA' });
    expect(world.ws.accounts.users.get(world.userId('examiner')).partnerIds).toEqual(['pt_a']);
    const [entry] = world.ws.audit.query({ event: 'partner.updated' });
    expect(entry!.details).toMatchObject({ name: { from: 'Partner A', to: 'Partner A (renamed)' }, country: { from: 'AA', to: 'AAA' } });
  });

  it('refuses a duplicate name, an unknown partner and a bad country with typed errors', async () => {
    const admin = await world.signedIn('admin');
    expect(await admin.invoke('admin.partners.create', { name: 'partner b', country: 'BB' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await admin.invoke('admin.partners.update', { partnerId: 'pt_a', name: 'Partner B', country: 'BB' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await admin.invoke('admin.partners.update', { partnerId: 'pt_missing', name: 'X', country: 'XX' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await admin.invoke('admin.partners.create', { name: 'Y', country: 'Y1' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await admin.invoke('admin.partners.create', { name: '', country: 'YY' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('is administration: casework roles are refused and change nothing', async () => {
    for (const role of ['examiner', 'supervisor']) {
      const user = await world.signedIn(role);
      expect(await user.invoke('admin.partners.create', { name: `By ${role}`, country: 'ZZ' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await user.invoke('admin.partners.update', { partnerId: 'pt_b', name: 'Mine now', country: 'ZZ' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(world.ws.partners.get('pt_b')).toEqual({ id: 'pt_b', name: 'Partner B', country: 'BB' });
  });
});
