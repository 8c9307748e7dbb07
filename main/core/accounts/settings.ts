// Settings the administrator controls: inactivity lock, failed sign-in limit,
// per-day export limits. Bounds keep a typo from disabling a safeguard.
import type { Db } from '../db/open';
import { RidgelineError } from '../errors';

export const settingBounds = {
  inactivityMinutes: { key: 'inactivity-minutes', min: 1, max: 120 },
  maxFailedSignIns: { key: 'max-failed-sign-ins', min: 3, max: 20 },
  exportLimitPrintsPerDay: { key: 'export-limit-prints-per-day', min: 0, max: 100_000 },
  exportLimitRecordsPerDay: { key: 'export-limit-records-per-day', min: 0, max: 100_000 },
} as const;

export type SettingName = keyof typeof settingBounds;
export type AccountSettings = Record<SettingName, number>;

export function createSettingsStore(db: Db) {
  const read = db.prepare('SELECT value FROM account_settings WHERE key = ?');
  const write = db.prepare('INSERT INTO account_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  const get = (name: SettingName): number => {
    const row = read.get(settingBounds[name].key) as { value: number } | undefined;
    if (!row) throw new RidgelineError('internal', `Setting ${name} is missing`);
    return row.value;
  };
  return {
    get,
    all: (): AccountSettings =>
      Object.fromEntries((Object.keys(settingBounds) as SettingName[]).map((name) => [name, get(name)])) as AccountSettings,
    /** Validates every value first, then writes; call inside the transaction that audits the change. */
    update(changes: Partial<AccountSettings>): void {
      for (const [name, value] of Object.entries(changes) as [SettingName, number][]) {
        const bound = settingBounds[name];
        if (!Number.isInteger(value) || value < bound.min || value > bound.max) {
          throw new RidgelineError('invalid-argument', `${name} must be a whole number from ${bound.min} to ${bound.max}`);
        }
      }
      for (const [name, value] of Object.entries(changes) as [SettingName, number][]) write.run(settingBounds[name].key, value);
    },
  };
}
export type SettingsStore = ReturnType<typeof createSettingsStore>;
