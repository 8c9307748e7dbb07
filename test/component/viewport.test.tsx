import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fit, MAX_SCALE, MIN_SCALE, toImage, zoomAt } from '../../renderer/src/canvas/viewport';
import { useCanvasStore } from '../../renderer/src/store/canvas';

describe('viewport math', () => {
  it('keeps the image point under the pointer fixed while zooming', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 800, noNaN: true }),
        fc.double({ min: 0, max: 600, noNaN: true }),
        (scale, x, y, factor, px, py) => {
          const before = { scale, x, y };
          const after = zoomAt(before, factor, { x: px, y: py });
          const a = toImage(before, { x: px, y: py });
          const b = toImage(after, { x: px, y: py });
          expect(b.x).toBeCloseTo(a.x, 6);
          expect(b.y).toBeCloseTo(a.y, 6);
        },
      ),
    );
  });

  it('clamps the scale', () => {
    expect(zoomAt({ scale: MAX_SCALE, x: 0, y: 0 }, 4, { x: 0, y: 0 }).scale).toBe(MAX_SCALE);
    expect(zoomAt({ scale: MIN_SCALE, x: 0, y: 0 }, 0.1, { x: 0, y: 0 }).scale).toBe(MIN_SCALE);
  });

  it('fits the whole print centred in the view', () => {
    const v = fit({ width: 400, height: 500 }, { width: 800, height: 600 });
    expect(500 * v.scale).toBeLessThanOrEqual(600);
    expect(v.x + (400 * v.scale) / 2).toBeCloseTo(400);
    expect(v.y + (500 * v.scale) / 2).toBeCloseTo(300);
  });
});

describe('canvas store', () => {
  beforeEach(() => useCanvasStore.getState().reset());

  it('keeps one viewport per viewer', () => {
    const store = useCanvasStore.getState();
    store.setView('query', { width: 800, height: 600 });
    store.setContent('query', { width: 400, height: 400 });
    store.pan('query', 10, 20);
    const { query, candidate } = useCanvasStore.getState().viewers;
    expect(candidate.viewport).toEqual({ scale: 1, x: 0, y: 0 });
    expect(query.fitted).toBe(false);
    useCanvasStore.getState().fit('query');
    expect(useCanvasStore.getState().viewers.query.viewport).toEqual(fit({ width: 400, height: 400 }, { width: 800, height: 600 }));
  });

  it('refits on resize until the examiner moves the view', () => {
    const store = useCanvasStore.getState();
    store.setContent('candidate', { width: 100, height: 100 });
    store.setView('candidate', { width: 200, height: 200 });
    const first = useCanvasStore.getState().viewers.candidate.viewport;
    store.setView('candidate', { width: 400, height: 400 });
    expect(useCanvasStore.getState().viewers.candidate.viewport.scale).toBeCloseTo(first.scale * 2);
    store.zoom('candidate', 2);
    const zoomed = useCanvasStore.getState().viewers.candidate.viewport;
    store.setView('candidate', { width: 500, height: 500 });
    expect(useCanvasStore.getState().viewers.candidate.viewport).toEqual(zoomed);
  });

  it('toggles layers', () => {
    useCanvasStore.getState().toggleLayer('minutiae');
    expect(useCanvasStore.getState().layers.minutiae).toBe(false);
  });
});
