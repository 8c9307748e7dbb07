// Partner agreements: the list of the user's partners with the version in
// force, the selected agreement read-only with its history, and for
// supervisors an editor that writes a new version. Main enforces who may save.
import { useEffect, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useShallow } from 'zustand/react/shallow';
import { useSessionStore } from '../../store/session';
import { AgreementEditor } from './AgreementEditor';
import { AgreementView } from './AgreementView';
import { useAgreementsStore } from '../../store/agreements';
import './agreements.css';

export function AgreementsScreen() {
  const { agreements, catalogue, workstationKey, history, selected, error, notice, load, select, save } = useAgreementsStore(
    useShallow((s) => ({ agreements: s.agreements, catalogue: s.catalogue, workstationKey: s.workstationKey, history: s.history, selected: s.selected, error: s.error, notice: s.notice, load: s.load, select: s.select, save: s.save })),
  );
  const mayManage = useSessionStore((s) => s.status?.user?.roles.includes('supervisor') ?? false);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    void load();
  }, [load]);
  const item = agreements.find((a) => a.partnerId === selected) ?? null;

  return (
    <section className="agreements-screen" data-testid="agreements-screen" aria-label="Partner agreements">
      {error && <ErrorNotice message={error} />}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <nav className="agreements-list" aria-label="Partners">
        <ul>
          {agreements.map((a) => (
            <li key={a.partnerId}>
              <button
                type="button"
                className={`link${a.partnerId === selected ? ' current' : ''}`}
                data-testid={`agreement-partner-${a.partnerId}`}
                onClick={() => {
                  setEditing(false);
                  void select(a.partnerId);
                }}
              >
                {a.partnerName} <span className="muted small">{a.current ? `v${a.current.version}` : 'no agreement'}</span>
              </button>
            </li>
          ))}
        </ul>
        {workstationKey && (
          <details className="workstation-key">
            <summary>This workstation’s public key</summary>
            <p className="mono small" data-testid="workstation-key-fingerprint">
              {workstationKey.fingerprint}
            </p>
            <textarea className="mono" readOnly rows={6} value={workstationKey.publicKey} aria-label="Workstation public key" />
          </details>
        )}
      </nav>
      <div className="agreement-detail">
        {item && (
          <>
            <div className="screen-bar">
              <h2 className="screen-title">
                {item.partnerName} ({item.country})
              </h2>
              <span className="spacer" />
              {mayManage && !editing && (
                <button type="button" className="button" data-testid="edit-agreement" onClick={() => setEditing(true)}>
                  {item.current ? 'New version…' : 'Create agreement…'}
                </button>
              )}
            </div>
            {editing && catalogue ? (
              <AgreementEditor
                partnerId={item.partnerId}
                current={item.current}
                catalogue={catalogue}
                onSave={(expected, terms, comment) => save(item.partnerId, expected, terms, comment)}
                onCancel={() => setEditing(false)}
              />
            ) : item.current ? (
              <AgreementView version={item.current} />
            ) : (
              <p className="muted">No agreement yet: every packet from this partner is refused and every case is blocked.</p>
            )}
            {history.length > 1 && (
              <details className="agreement-history">
                <summary>Earlier versions ({history.length - 1})</summary>
                <ul>
                  {history.slice(1).map((v) => (
                    <li key={v.version}>
                      v{v.version} · {v.createdAt} · {v.createdBy ?? 'command line'} · {v.comment}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </>
        )}
        {agreements.length === 0 && <p className="muted">You are not assigned to any partner.</p>}
      </div>
    </section>
  );
}
