// The bench's keyboard: one window listener dispatching from the shortcut
// table to the active viewer (the last pointed at or focused). Keys typed in a
// field belong to the field. Markup and correspondence shortcuts are handled
// by the handlers passed in, so this file knows only the viewing ones.
import { useEffect, useRef } from 'react';
import { useAdjustmentStore } from '../../store/adjustments';
import { useBenchStore } from '../../store/bench';
import { useCanvasStore, zoomIn, zoomOut, type ViewerId } from '../../store/canvas';
import { isTyping, shortcutFor, type ShortcutId } from '../shortcuts/shortcuts';

export type ExtraHandlers = Partial<Record<ShortcutId, () => void>>;

const focusViewer = (viewer: ViewerId) => document.querySelector<HTMLElement>(`.viewer[data-viewer="${viewer}"]`)?.focus();

function viewingAction(id: ShortcutId, onBack: () => void): (() => void) | null {
  const canvas = useCanvasStore.getState();
  const bench = useBenchStore.getState();
  const viewer = canvas.active;
  switch (id) {
    case 'help':
      return () => bench.setHelp(!bench.help);
    case 'back':
      return () => {
        if (bench.help) bench.setHelp(false);
        else if (bench.adjusting) bench.setAdjusting(null);
        else onBack();
      };
    case 'focus-query':
      return () => focusViewer('query');
    case 'focus-candidate':
      return () => focusViewer('candidate');
    case 'zoom-in':
      return () => zoomIn(viewer);
    case 'zoom-out':
      return () => zoomOut(viewer);
    case 'fit':
      return () => canvas.fit(viewer);
    case 'rotate-cw':
      return () => canvas.rotate(viewer, 90);
    case 'rotate-ccw':
      return () => canvas.rotate(viewer, -90);
    case 'rotate-fine-cw':
      return () => canvas.rotate(viewer, 1);
    case 'rotate-fine-ccw':
      return () => canvas.rotate(viewer, -1);
    case 'link':
      return () => canvas.setLinked(!canvas.linked);
    case 'true-scale':
      return () => canvas.setTrueScale(!canvas.trueScale);
    case 'loupe':
      return () => canvas.setLoupe(!canvas.loupe);
    case 'invert':
      return () => {
        const adjustments = useAdjustmentStore.getState();
        adjustments.set(viewer, { invert: !adjustments.viewers[viewer].invert });
      };
    case 'adjustments':
      return () => bench.setAdjusting(bench.adjusting === viewer ? null : viewer);
    case 'toggle-features':
      return () => canvas.toggleLayer('minutiae');
    case 'toggle-marks':
      return () => canvas.toggleLayer('correspondences');
    default:
      return null;
  }
}

export function useBenchKeys(onBack: () => void, extra: ExtraHandlers = {}): void {
  const handlers = useRef({ onBack, extra });
  handlers.current = { onBack, extra };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const id = shortcutFor(event);
      if (!id) return;
      // Keys typed in a field are the field's; Escape leaves the field, not the case.
      if (isTyping(event.target)) {
        if (id === 'back') {
          event.preventDefault();
          (event.target as HTMLElement).blur();
        }
        return;
      }
      const action = handlers.current.extra[id] ?? viewingAction(id, handlers.current.onBack);
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
