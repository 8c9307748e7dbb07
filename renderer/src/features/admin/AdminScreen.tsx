// Administration: the demo (first start), accounts (roles, partners, locks,
// passwords), partner agencies and settings.
import { useEffect } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAdminStore } from '../../store/admin';
import { FirstStart } from '../../app/FirstStart';
import { NewUserForm } from './NewUserForm';
import { PartnersPanel } from './PartnersPanel';
import { SettingsForm } from './SettingsForm';
import { UserRow } from './UserRow';
import './admin.css';
import { useShallow } from 'zustand/react/shallow';

export function AdminScreen() {
  const { users, error, notice, load } = useAdminStore(useShallow((s) => ({ users: s.users, error: s.error, notice: s.notice, load: s.load })));
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <section className="admin-screen" data-testid="admin-screen" aria-label="Administration">
      {/* The demo's accounts appear in the table below once it is loaded. */}
      <FirstStart onLoaded={() => void load()} />
      {error && <ErrorNotice message={error} />}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <table className="grid" data-testid="admin-users">
        <caption className="sr-only">Accounts</caption>
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Roles and partners</th>
            <th scope="col">State</th>
            <th scope="col">Password</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <UserRow key={u.id} user={u} />
          ))}
        </tbody>
      </table>
      <div className="admin-forms">
        <NewUserForm />
        <PartnersPanel />
        <SettingsForm />
      </div>
    </section>
  );
}
