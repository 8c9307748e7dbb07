import { useEffect, useState, type FormEvent } from 'react';
import type { MethodOutput } from '../../../../preload/contract';
import { useAdminStore } from '../../store/admin';
import { useShallow } from 'zustand/react/shallow';

type Settings = MethodOutput<'admin.settings.get'>;

const FIELDS: { key: keyof Settings; label: string }[] = [
  { key: 'inactivityMinutes', label: 'Lock after inactivity (minutes)' },
  { key: 'maxFailedSignIns', label: 'Lock account after failed sign-ins' },
  { key: 'exportLimitPrintsPerDay', label: 'Export limit: prints per user per day' },
  { key: 'exportLimitRecordsPerDay', label: 'Export limit: records per user per day' },
];

export function SettingsForm() {
  const { settings, updateSettings } = useAdminStore(useShallow((s) => ({ settings: s.settings, updateSettings: s.updateSettings })));
  const [draft, setDraft] = useState<Settings | null>(settings);
  useEffect(() => setDraft(settings), [settings]);
  if (!draft) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void updateSettings(draft);
  };
  return (
    <form className="admin-form" onSubmit={submit} aria-label="Settings" data-testid="settings-form">
      <h2>Settings</h2>
      {FIELDS.map(({ key, label }) => (
        <label key={key} className="field">
          <span>{label}</span>
          <input type="number" data-testid={`setting-${key}`} min={0} step={1} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: Number(e.target.value) })} />
        </label>
      ))}
      <button type="submit" className="button primary" data-testid="settings-submit">
        Save settings
      </button>
    </form>
  );
}
