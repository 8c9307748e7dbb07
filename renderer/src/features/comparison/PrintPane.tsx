// One side of the comparison: the print's toolbar, its provenance (wrapping,
// never truncated) and its viewer. Foreign-provided prints carry the badge.
import { useEffect, useMemo } from 'react';
import type { PrintSummary } from '../../../../preload/contract/cases';
import type { Feature } from '../../canvas/features';
import { Viewer } from '../../canvas/Viewer';
import { ForeignProvidedBadge } from '../../components/ForeignProvidedBadge';
import type { ViewerId } from '../../store/canvas';
import { useComparisonStore } from '../../store/comparison';
import { AdjustmentsPanel } from './AdjustmentsPanel';
import { Provenance, type ProvenanceExtra } from './Provenance';
import { useCorrespondenceMarks } from './use-correspondence-marks';
import { ViewerToolbar } from './ViewerToolbar';
import { useBenchStore } from '../../store/bench';

const NO_FEATURES: readonly Feature[] = [];

export interface PrintPaneProps {
  viewer: ViewerId;
  title: string;
  print: PrintSummary | null;
  extra?: ProvenanceExtra;
  /** Shown instead of the viewer (e.g. the candidate pane before the analysis is recorded). */
  closedReason?: string;
}

export function PrintPane({ viewer, title, print, extra, closedReason }: PrintPaneProps) {
  const annotations = useComparisonStore((s) => (print ? s.annotations[print.id] : undefined));
  const loadAnnotations = useComparisonStore((s) => s.loadAnnotations);
  const adjusting = useBenchStore((s) => s.adjusting === viewer);
  const marks = useCorrespondenceMarks(viewer);
  const features = useMemo<readonly Feature[]>(
    () => annotations?.map((a) => ({ id: a.id, kind: a.kind, origin: a.origin, x: a.x, y: a.y, direction: a.direction, minutiaType: a.minutiaType })) ?? NO_FEATURES,
    [annotations],
  );
  const open = print && !closedReason;
  useEffect(() => {
    if (print && open) void loadAnnotations(print.id);
  }, [print, open, loadAnnotations]);

  return (
    <section className="pane" aria-label={title} data-testid={`pane-${viewer}`}>
      <header className="pane-header">
        <span className="pane-title">{title}</span>
        {print && print.foreignProvided && <ForeignProvidedBadge />}
        <span className="spacer" />
        {open && <ViewerToolbar viewer={viewer} label={title} />}
      </header>
      {print && <Provenance viewer={viewer} print={print} extra={extra} />}
      {adjusting && open && <AdjustmentsPanel viewer={viewer} label={title} />}
      {open ? (
        <Viewer viewer={viewer} printId={print.id} label={`${title} ${print.label}`} ppi={print.ppi} features={features} marks={marks} />
      ) : (
        <div className="placeholder" data-testid={`closed-${viewer}`}>
          {closedReason ?? `No ${title.toLowerCase()} print.`}
        </div>
      )}
    </section>
  );
}
