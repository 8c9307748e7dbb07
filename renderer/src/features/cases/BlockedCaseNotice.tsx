// A case blocked at intake: why (its purpose code is outside the partner's
// agreement), and for supervisors the decision: admit it into analysis or
// refuse it, with the reason the audit trail keeps. Main enforces the role;
// the buttons are only not offered to others.
import { useState } from 'react';
import type { CaseBlock } from '../../../../preload/contract/cases';
import { call } from '../../api/client';
import { describeError } from '../../api/errors';
import { useHasRole } from './use-roles';
import './cases.css';

export function BlockedCaseNotice({ caseId, block, onDecided }: { caseId: string; block: CaseBlock; onDecided(): void }) {
  const supervisor = useHasRole('supervisor');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const decide = async (decision: 'admit' | 'refuse') => {
    setBusy(true);
    setError(null);
    try {
      await call('cases.decideBlocked', { caseId, decision, reason });
      onDecided();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="blocked-case" role="status" data-testid="blocked-case">
      <div>
        <strong>Blocked at intake.</strong> <span data-testid="block-reason">{block.reason}</span>
      </div>
      <div className="muted small">
        Blocked {block.blockedAt.slice(0, 16).replace('T', ' ')} UTC · a supervisor decides whether the case may be processed.
      </div>
      {supervisor && (
        <div className="blocked-case-decision">
          <label className="field grow">
            <span className="small">Reason for the decision (kept in the audit trail)</span>
            <input data-testid="block-decision-reason" value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="button" className="button primary" data-testid="block-admit" disabled={busy || !reason.trim()} onClick={() => void decide('admit')}>
            Admit into analysis
          </button>
          <button type="button" className="button" data-testid="block-refuse" disabled={busy || !reason.trim()} onClick={() => void decide('refuse')}>
            Refuse and close
          </button>
        </div>
      )}
      {error && (
        <div className="small outcome-error" role="alert" data-testid="block-decision-error">
          {error}
        </div>
      )}
    </section>
  );
}
