// The supervisor's editor: a new version of the agreement, started from the
// version in force. Main re-checks everything (catalogue, key, permission) and
// refuses the save if someone else changed the agreement meanwhile.
import { useState, type FormEvent } from 'react';
import type { AgreementTerms, AgreementVersion, Catalogue } from '../../../../preload/contract/agreements';

interface Props {
  partnerId: string;
  current: AgreementVersion | null;
  catalogue: Catalogue;
  onSave(expectedVersion: number, terms: AgreementTerms, comment: string): Promise<boolean>;
  onCancel(): void;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function AgreementEditor({ partnerId, current, catalogue, onSave, onCancel }: Props) {
  const [purposes, setPurposes] = useState((current?.purposeCodes ?? []).join('\n'));
  const [elements, setElements] = useState<Map<string, string>>(
    () => new Map((current?.releasableElements ?? []).map((e) => [e.element, e.category ?? ''])),
  );
  const [caveats, setCaveats] = useState((current?.caveats ?? []).join('\n'));
  const [afterMatch, setAfterMatch] = useState(current?.retention.deleteQueryPrintsAfterMatch ?? false);
  const [days, setDays] = useState(current?.retention.matchedDataRetentionDays ?? 365);
  const [partnerKey, setPartnerKey] = useState(current?.partnerPublicKey ?? '');
  const [comment, setComment] = useState('');
  const [saving, setSaving] = useState(false);

  const toggle = (id: string, on: boolean) =>
    setElements((m) => {
      const next = new Map(m);
      if (on) next.set(id, next.get(id) ?? '');
      else next.delete(id);
      return next;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const terms: AgreementTerms = {
      purposeCodes: lines(purposes.toUpperCase()),
      // In catalogue order, so versions compare cleanly.
      releasableElements: catalogue.elements.filter((e) => elements.has(e.id)).map((e) => ({ element: e.id, category: elements.get(e.id)?.trim() || null })),
      caveats: lines(caveats),
      retention: { deleteQueryPrintsAfterNoMatch: true, deleteQueryPrintsAfterMatch: afterMatch, matchedDataRetentionDays: days },
      partnerPublicKey: partnerKey.trim() || null,
    };
    const ok = await onSave(current?.version ?? 0, terms, comment);
    setSaving(false);
    if (ok) onCancel();
  };

  return (
    <form className="agreement-editor" data-testid="agreement-editor" onSubmit={(e) => void submit(e)} aria-label={`New version of the agreement of ${partnerId}`}>
      <label>
        Purpose codes (one per line)
        <textarea data-testid="edit-purposes" rows={3} value={purposes} onChange={(e) => setPurposes(e.target.value)} />
      </label>
      <fieldset>
        <legend>Releasable data elements (Appendix A)</legend>
        <p className="muted small">{catalogue.note}</p>
        <div className="element-grid">
          {catalogue.elements.map((e) => (
            <div key={e.id} className="element-row">
              <label>
                <input type="checkbox" data-testid={`element-${e.id}`} checked={elements.has(e.id)} onChange={(ev) => toggle(e.id, ev.target.checked)} /> {e.label}
              </label>
              {elements.has(e.id) && (
                <input
                  className="category"
                  placeholder="category in the agreement (optional)"
                  aria-label={`Category of ${e.label}`}
                  value={elements.get(e.id) ?? ''}
                  onChange={(ev) => setElements((m) => new Map(m).set(e.id, ev.target.value))}
                />
              )}
            </div>
          ))}
        </div>
      </fieldset>
      <label>
        Caveats attached to every release (one per line)
        <textarea data-testid="edit-caveats" rows={4} value={caveats} onChange={(e) => setCaveats(e.target.value)} />
      </label>
      <fieldset>
        <legend>Retention</legend>
        <p className="small">After “no match” the query prints are always deleted.</p>
        <label>
          <input type="checkbox" checked={afterMatch} onChange={(e) => setAfterMatch(e.target.checked)} /> Also delete the query prints once a match is answered
        </label>
        <label>
          Keep matched data for{' '}
          <input type="number" min={1} max={36500} value={days} onChange={(e) => setDays(Number(e.target.value))} aria-label="Days matched data is kept" /> days
        </label>
      </fieldset>
      <label>
        Partner’s OpenPGP public key (armored)
        <textarea className="mono" data-testid="edit-partner-key" rows={5} value={partnerKey} onChange={(e) => setPartnerKey(e.target.value)} />
      </label>
      <label>
        Why this change (kept with the version and in the audit trail)
        <input data-testid="edit-comment" required value={comment} onChange={(e) => setComment(e.target.value)} />
      </label>
      <div className="form-actions">
        <button type="submit" className="button primary" data-testid="save-agreement" disabled={saving || !comment.trim()}>
          Save as version {(current?.version ?? 0) + 1}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
