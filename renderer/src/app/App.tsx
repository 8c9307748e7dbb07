// The application frame: a header bar, the session gate (sign-in, lock, role
// screens), and inside it the casework: the worklist or the open case.
import { useCallback } from 'react';
import { ComparisonWorkspace } from '../features/comparison/ComparisonWorkspace';
import { WorklistScreen } from '../features/worklist/WorklistScreen';
import { useComparisonStore } from '../store/comparison';
import { useWorklistStore } from '../store/worklist';
import { AppHeader } from './AppHeader';
import { FirstStart } from './FirstStart';
import { SessionGate } from './SessionGate';

export function App() {
  const caseId = useComparisonStore((s) => s.caseId);
  const open = useComparisonStore((s) => s.open);
  const close = useComparisonStore((s) => s.close);
  const reload = useWorklistStore((s) => s.load);
  const onOpen = useCallback((id: string) => void open(id), [open]);
  const onBack = useCallback(() => {
    close();
    void reload();
  }, [close, reload]);

  return (
    <div className="app">
      <AppHeader />
      <main className="screen">
        <SessionGate>
          <div className="casework">
            {caseId ? <ComparisonWorkspace onBack={onBack} /> : <WorklistScreen onOpen={onOpen} empty={<FirstStart onLoaded={() => void reload()} />} />}
          </div>
        </SessionGate>
      </main>
    </div>
  );
}
