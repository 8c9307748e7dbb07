/**
 * Marks data provided by a foreign partner. Its reliability is contested, so the
 * badge appears wherever such data is shown and is never hidden by a setting.
 */
export function ForeignProvidedBadge({ compact = false }: { compact?: boolean }) {
  return (
    <span
      className="badge badge-foreign"
      data-testid="foreign-provided-badge"
      title="Provided by a foreign partner: its reliability has not been established by this agency"
    >
      {compact ? 'FOREIGN' : 'FOREIGN-PROVIDED'}
    </span>
  );
}
