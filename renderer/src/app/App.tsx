// The application frame: a header bar and one screen at a time, the worklist
// or the comparison workspace of the open case.
import { useCallback } from 'react';
import { ComparisonWorkspace } from '../features/comparison/ComparisonWorkspace';
import { Worklist } from '../features/worklist/Worklist';
import { useComparisonStore } from '../store/comparison';
import { useWorklistStore } from '../store/worklist';
import { AppHeader } from './AppHeader';
import { FirstStart } from './FirstStart';

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
        {caseId ? <ComparisonWorkspace onBack={onBack} /> : <Worklist onOpen={onOpen} empty={<FirstStart onLoaded={() => void reload()} />} />}
      </main>
    </div>
  );
}
