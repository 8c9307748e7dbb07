// Shown when the workspace holds no case: explains where cases come from.
export function FirstStart({ onLoaded: _onLoaded }: { onLoaded(): void }) {
  return (
    <div className="first-start" data-testid="first-start">
      <h1>No cases yet</h1>
      <p className="muted">Cases arrive as partner packets through intake.</p>
    </div>
  );
}
