// Shown when the examiner's worklist is empty: on a new workspace that is the
// first start, so offer the synthetic demo (generated prints, no real person's).
import { useState } from 'react';
import { call } from '../api/client';
import { describeError } from '../api/errors';
import { ErrorNotice } from '../components/ErrorNotice';

export function FirstStart({ onLoaded }: { onLoaded(): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const loadDemo = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('demo.load', {});
      onLoaded();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="first-start" data-testid="first-start" aria-labelledby="first-start-title">
      <h1 id="first-start-title">No cases in your worklist</h1>
      <p className="muted">
        Cases arrive as partner packets through intake. To see the comparison workspace now, load the demo: a few cases built from
        synthetic fingerprints made by the generator, with their ground-truth minutiae. No real person’s prints are involved.
      </p>
      <div>
        <button type="button" className="button primary" data-testid="load-demo" disabled={busy} onClick={() => void loadDemo()} aria-busy={busy}>
          {busy ? 'Generating demo prints…' : 'Load demo case'}
        </button>
      </div>
      {error && <ErrorNotice message={error} />}
    </section>
  );
}
