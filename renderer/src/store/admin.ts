// The administration slice: accounts, partners and settings as main reports
// them. Every change goes to main, which checks the permission and audits it.
import { create } from 'zustand';
import type { MethodInput, MethodOutput } from '../../../preload/contract';
import type { UserRecord } from '../../../preload/contract/admin';
import { call } from '../api/client';
import { describeError } from '../api/errors';

type Settings = MethodOutput<'admin.settings.get'>;
type Partner = MethodOutput<'admin.partners.list'>[number];

interface AdminState {
  users: UserRecord[];
  partners: Partner[];
  settings: Settings | null;
  error: string | null;
  notice: string | null;
  load(): Promise<void>;
  createUser(input: MethodInput<'admin.users.create'>): Promise<boolean>;
  assign(input: MethodInput<'admin.users.assign'>): Promise<boolean>;
  unlock(input: MethodInput<'admin.users.unlock'>): Promise<boolean>;
  resetPassword(input: MethodInput<'admin.users.resetPassword'>): Promise<boolean>;
  updateSettings(input: MethodInput<'admin.settings.update'>): Promise<boolean>;
  createPartner(input: MethodInput<'admin.partners.create'>): Promise<boolean>;
  updatePartner(input: MethodInput<'admin.partners.update'>): Promise<boolean>;
}

export const useAdminStore = create<AdminState>()((set, get) => {
  async function change(run: () => Promise<unknown>, done: string): Promise<boolean> {
    set({ error: null, notice: null });
    try {
      await run();
      await get().load();
      set({ notice: done });
      return true;
    } catch (error) {
      set({ error: describeError(error) });
      return false;
    }
  }
  return {
    users: [],
    partners: [],
    settings: null,
    error: null,
    notice: null,
    async load() {
      try {
        const [users, partners, settings] = await Promise.all([call('admin.users.list', {}), call('admin.partners.list', {}), call('admin.settings.get', {})]);
        set({ users, partners, settings });
      } catch (error) {
        set({ error: describeError(error) });
      }
    },
    createUser: (input) => change(() => call('admin.users.create', input), `Account ${input.username} created`),
    assign: (input) => change(() => call('admin.users.assign', input), 'Roles and partners saved'),
    unlock: (input) => change(() => call('admin.users.unlock', input), 'Account unlocked'),
    resetPassword: (input) => change(() => call('admin.users.resetPassword', input), 'Temporary password set'),
    updateSettings: (input) => change(() => call('admin.settings.update', input), 'Settings saved'),
    createPartner: (input) => change(() => call('admin.partners.create', input), `Partner ${input.name.trim()} added`),
    updatePartner: (input) => change(() => call('admin.partners.update', input), 'Partner saved'),
  };
});
