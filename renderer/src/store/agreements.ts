// The agreements slice: the agreements of the user's partners, the catalogue
// and the workstation key, as main reports them. Saving goes to main, which
// checks the permission and the version the editor started from.
import { create } from 'zustand';
import type { AgreementListItem, AgreementTerms, AgreementVersion, Catalogue } from '../../../preload/contract/agreements';
import { call } from '../api/client';
import { describeError } from '../api/errors';

interface WorkstationKey {
  fingerprint: string;
  publicKey: string;
  createdAt: string;
}

interface AgreementsState {
  agreements: AgreementListItem[];
  catalogue: Catalogue | null;
  workstationKey: WorkstationKey | null;
  history: AgreementVersion[];
  selected: string | null;
  error: string | null;
  notice: string | null;
  load(): Promise<void>;
  select(partnerId: string): Promise<void>;
  save(partnerId: string, expectedVersion: number, terms: AgreementTerms, comment: string): Promise<boolean>;
}

export const useAgreementsStore = create<AgreementsState>()((set, get) => ({
  agreements: [],
  catalogue: null,
  workstationKey: null,
  history: [],
  selected: null,
  error: null,
  notice: null,
  async load() {
    try {
      const [agreements, catalogue, workstationKey] = await Promise.all([
        call('agreements.list', {}),
        get().catalogue ? Promise.resolve(get().catalogue!) : call('agreements.catalogue', {}),
        call('agreements.workstationKey', {}),
      ]);
      set({ agreements, catalogue, workstationKey, error: null });
      const selected = get().selected ?? agreements[0]?.partnerId ?? null;
      if (selected) await get().select(selected);
    } catch (error) {
      set({ error: describeError(error) });
    }
  },
  async select(partnerId) {
    set({ selected: partnerId, notice: null });
    try {
      set({ history: await call('agreements.history', { partnerId }) });
    } catch (error) {
      set({ error: describeError(error) });
    }
  },
  async save(partnerId, expectedVersion, terms, comment) {
    set({ error: null, notice: null });
    try {
      const saved = await call('agreements.set', { partnerId, expectedVersion, terms, comment });
      await get().load();
      set({ notice: `Version ${saved.version} is now in force` });
      return true;
    } catch (error) {
      set({ error: describeError(error) });
      return false;
    }
  },
}));
