// First start: the synthetic demo, for newcomers. Only an administrator may
// load it (main checks the same permission): it creates the demo cases and one
// account per role — examiner, verifier, supervisor, auditor — whose one-time
// passwords are shown here, once. Everyone else, on an empty worklist, is told
// who can load it.
import { useState } from 'react';
import type { DemoAccountDto } from '../../../preload/contract/demo';
import { call } from '../api/client';
import { describeError } from '../api/errors';
import { ErrorNotice } from '../components/ErrorNotice';
import { useHasRole } from '../features/cases/use-roles';
import { DemoAccounts } from './DemoAccounts';

export function FirstStart({ onLoaded }: { onLoaded?(): void }) {
  // Mirrors the 'workspace.demo' permission: a role that may not load the demo is not offered it.
  const mayLoad = useHasRole('administrator');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [accounts, setAccounts] = useState<DemoAccountDto[] | null>(null);

  if (!mayLoad) {
    return (
      <section className="first-start" data-testid="first-start" aria-labelledby="first-start-title">
        <h1 id="first-start-title">No cases in your worklist</h1>
        <p className="muted">
          Cases arrive as partner packets through intake. To try Ridgeline first, ask an administrator to load the demo: cases built from
          synthetic fingerprints, and a demo account for each role (examiner, verifier, supervisor, auditor).
        </p>
      </section>
    );
  }

  const loadDemo = async () => {
    setBusy(true);
    setError(null);
    try {
      const summary = await call('demo.load', {});
      setAccounts(summary.accounts);
      onLoaded?.();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="first-start" data-testid="first-start" aria-labelledby="first-start-title">
      <h2 id="first-start-title">Demo</h2>
      <p className="muted">
        Load the demo to see every role at work: a few cases built from synthetic fingerprints made by the generator (no real person’s prints), and
        one account per role — examiner, verifier (second examiner), supervisor and auditor — assigned to the demo partner only.
      </p>
      {accounts === null && (
        <div>
          <button type="button" className="button primary" data-testid="load-demo" disabled={busy} onClick={() => void loadDemo()} aria-busy={busy}>
            {busy ? 'Generating demo prints…' : 'Load demo'}
          </button>
        </div>
      )}
      {accounts !== null && accounts.length === 0 && (
        <p className="notice" role="status" data-testid="demo-already-loaded">
          The demo was already loaded; its accounts exist. Their passwords are not shown again: reset one below if it was lost.
        </p>
      )}
      {accounts !== null && accounts.length > 0 && <DemoAccounts accounts={accounts} onDone={() => setAccounts([])} />}
      {error && <ErrorNotice message={error} />}
    </section>
  );
}
