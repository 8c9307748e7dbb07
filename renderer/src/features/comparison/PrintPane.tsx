// One side of the comparison: the print's identity line, its viewer and zoom
// controls. Foreign-provided prints carry the badge in their header.
import { useEffect } from 'react';
import type { PrintSummary } from '../../../../preload/contract/cases';
import { Viewer } from '../../canvas/Viewer';
import { ForeignProvidedBadge } from '../../components/ForeignProvidedBadge';
import type { ViewerId } from '../../store/canvas';
import { useComparisonStore } from '../../store/comparison';
import { ExportPrintButton } from './ExportPrintButton';
import { useCorrespondenceMarks } from './use-correspondence-marks';
import { ViewerToolbar } from './ViewerToolbar';

const NO_ANNOTATIONS: never[] = [];

export function PrintPane({ viewer, title, print, detail }: { viewer: ViewerId; title: string; print: PrintSummary | null; detail?: string }) {
  const annotations = useComparisonStore((s) => (print ? s.annotations[print.id] : undefined)) ?? NO_ANNOTATIONS;
  const loadAnnotations = useComparisonStore((s) => s.loadAnnotations);
  const correspondences = useCorrespondenceMarks(viewer);
  useEffect(() => {
    if (print) void loadAnnotations(print.id);
  }, [print, loadAnnotations]);

  return (
    <section className="pane" aria-label={title} data-testid={`pane-${viewer}`}>
      <header className="pane-header">
        <span className="pane-title">{title}</span>
        {print && print.foreignProvided && <ForeignProvidedBadge />}
        {print && (
          <span
            className="pane-meta"
            title={`${print.label} · FGP ${print.fingerPosition} · ${print.impressionType} · ${print.width}×${print.height} @ ${print.ppi} ppi${detail ? ` · ${detail}` : ''}`}
          >
            <span className="mono">{print.label}</span>
            <span className="muted">
              {' '}
              · FGP {print.fingerPosition} · {print.impressionType} · {print.width}×{print.height} @ {print.ppi} ppi
              {detail && ` · ${detail}`}
            </span>
          </span>
        )}
        {!print && <span className="spacer" />}
        {print && <ViewerToolbar viewer={viewer} label={title} />}
        {print && <ExportPrintButton printId={print.id} label={`${title} ${print.label}`} />}
      </header>
      {print ? (
        <Viewer viewer={viewer} printId={print.id} label={`${title} ${print.label}`} annotations={annotations} correspondences={correspondences} />
      ) : (
        <div className="placeholder">No {title.toLowerCase()} print.</div>
      )}
    </section>
  );
}
