export function AppHeader() {
  return (
    <header className="app-header">
      <span className="brand">Ridgeline</span>
      <span className="muted small">Fingerprint examination workstation</span>
      <span className="spacer" />
    </header>
  );
}
