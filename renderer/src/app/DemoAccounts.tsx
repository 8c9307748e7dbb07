// The demo accounts with their one-time passwords, shown once: main keeps only
// their hashes, and each account must choose its own password at first
// sign-in. Once dismissed they cannot be shown again (an administrator resets a
// lost one).
import type { DemoAccountDto } from '../../../preload/contract/demo';

export function DemoAccounts({ accounts, onDone }: { accounts: readonly DemoAccountDto[]; onDone(): void }) {
  return (
    <div className="demo-accounts" data-testid="demo-accounts">
      <p role="status">
        <strong>Note these passwords now: they are shown only once.</strong> Each account changes its password at first sign-in.
      </p>
      <table className="grid">
        <caption className="sr-only">Demo accounts</caption>
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Role</th>
            <th scope="col">Initial password</th>
            <th scope="col">Shows</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.username} data-testid={`demo-account-${account.username}`}>
              <td>{account.username}</td>
              <td>{account.roles.join(', ')}</td>
              <td>
                <code data-testid={`demo-password-${account.username}`}>{account.initialPassword}</code>
              </td>
              <td className="muted">{account.shows}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button" data-testid="demo-accounts-done" onClick={onDone}>
        I have noted them
      </button>
    </div>
  );
}
