// The `?` overlay: every shortcut of the bench, grouped, from the one table.
import { useEffect, useRef } from 'react';
import { SHORTCUTS, type Shortcut } from './shortcuts';

const GROUPS: Shortcut['group'][] = ['General', 'Viewers', 'Image', 'Correspondences'];

export function HelpOverlay({ onClose }: { onClose(): void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="help-title" data-testid="shortcut-help" onClick={onClose}>
      <div className="overlay-panel help" onClick={(e) => e.stopPropagation()}>
        <header className="overlay-header">
          <h2 id="help-title">Keyboard shortcuts</h2>
          <span className="spacer" />
          <button ref={close} type="button" className="button" onClick={onClose}>
            Close
          </button>
        </header>
        <div className="help-groups">
          {GROUPS.map((group) => (
            <section key={group}>
              <h3 className="side-title">{group}</h3>
              <dl className="help-list">
                {SHORTCUTS.filter((s) => s.group === group).map((s) => (
                  <div key={s.id} className="help-row">
                    <dt>
                      <kbd>{s.label}</kbd>
                    </dt>
                    <dd>{s.description}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
