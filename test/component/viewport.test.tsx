import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fit, fitScale, MAX_SCALE, MIN_SCALE, normaliseDegrees, pixelsPerMm, rotateAt, toImage, toMm, toScreen, zoomAt } from '../../renderer/src/canvas/viewport';
import { useCanvasStore } from '../../renderer/src/store/canvas';

const coordinate = fc.double({ min: -500, max: 500, noNaN: true });
const viewportArb = fc.record({
  scale: fc.double({ min: 0.1, max: 10, noNaN: true }),
  rotation: fc.double({ min: 0, max: 359.9, noNaN: true }),
  x: coordinate,
  y: coordinate,
});

describe('viewport math', () => {
  it('maps screen to image and back exactly, at any rotation', () => {
    fc.assert(
      fc.property(viewportArb, coordinate, coordinate, (viewport, x, y) => {
        const back = toScreen(viewport, toImage(viewport, { x, y }));
        expect(back.x).toBeCloseTo(x, 6);
        expect(back.y).toBeCloseTo(y, 6);
      }),
    );
  });

  it('keeps the image point under the pointer fixed while zooming and rotating', () => {
    fc.assert(
      fc.property(viewportArb, fc.double({ min: 0.5, max: 2, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true }), coordinate, coordinate, (before, factor, degrees, px, py) => {
        const anchor = { x: px, y: py };
        const a = toImage(before, anchor);
        for (const after of [zoomAt(before, factor, anchor), rotateAt(before, degrees, anchor)]) {
          const b = toImage(after, anchor);
          expect(b.x).toBeCloseTo(a.x, 5);
          expect(b.y).toBeCloseTo(a.y, 5);
        }
      }),
    );
  });

  it('rotates clockwise on screen: +x of the image points down after 90°', () => {
    const v = rotateAt({ scale: 1, rotation: 0, x: 0, y: 0 }, 90, { x: 0, y: 0 });
    const p = toScreen(v, { x: 10, y: 0 });
    expect(p.x).toBeCloseTo(0);
    expect(p.y).toBeCloseTo(10);
    expect(normaliseDegrees(90 * 4)).toBe(0);
    expect(normaliseDegrees(-90)).toBe(270);
  });

  it('clamps the scale', () => {
    expect(zoomAt({ scale: MAX_SCALE, rotation: 0, x: 0, y: 0 }, 4, { x: 0, y: 0 }).scale).toBe(MAX_SCALE);
    expect(zoomAt({ scale: MIN_SCALE, rotation: 0, x: 0, y: 0 }, 0.1, { x: 0, y: 0 }).scale).toBe(MIN_SCALE);
  });

  it('fits the whole print centred in the view, rotated prints by their rotated extent', () => {
    const v = fit({ width: 400, height: 500 }, { width: 800, height: 600 });
    expect(500 * v.scale).toBeLessThanOrEqual(600);
    const centre = toScreen(v, { x: 200, y: 250 });
    expect(centre.x).toBeCloseTo(400);
    expect(centre.y).toBeCloseTo(300);
    // A tall print turned 90° is limited by the view's width, no longer its height.
    expect(fitScale({ width: 200, height: 1000 }, { width: 600, height: 600 }, 90)).toBeCloseTo(fitScale({ width: 1000, height: 200 }, { width: 600, height: 600 }, 0));
  });

  it('converts pixels to millimetres at the print resolution', () => {
    expect(toMm(500, 500)).toBeCloseTo(25.4);
    expect(pixelsPerMm(1, 1000)).toBeCloseTo(39.37, 2);
  });
});

describe('canvas store', () => {
  beforeEach(() => {
    useCanvasStore.getState().reset();
    useCanvasStore.getState().setLinked(false);
    useCanvasStore.getState().setTrueScale(false);
  });

  const layOut = () => {
    const store = useCanvasStore.getState();
    store.setView('query', { width: 800, height: 600 });
    store.setView('candidate', { width: 800, height: 600 });
    store.setContent('query', { width: 400, height: 400 }, 500);
    store.setContent('candidate', { width: 800, height: 800 }, 1000);
  };

  it('keeps one viewport per viewer', () => {
    layOut();
    const before = useCanvasStore.getState().viewers.candidate.viewport;
    useCanvasStore.getState().pan('query', 10, 20);
    const { query, candidate } = useCanvasStore.getState().viewers;
    expect(candidate.viewport).toEqual(before);
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

  it('linked viewers pan, zoom and rotate together; unlinked they do not', () => {
    layOut();
    const store = useCanvasStore.getState();
    store.setLinked(true);
    const before = useCanvasStore.getState().viewers;
    store.pan('query', 30, -10);
    store.zoom('query', 2);
    store.rotate('query', 90);
    const after = useCanvasStore.getState().viewers;
    expect(after.candidate.viewport.scale / before.candidate.viewport.scale).toBeCloseTo(2);
    expect(after.candidate.viewport.rotation).toBe(90);
    expect(after.query.viewport.rotation).toBe(90);
    store.setLinked(false);
    store.rotate('candidate', 90);
    expect(useCanvasStore.getState().viewers.query.viewport.rotation).toBe(90);
    expect(useCanvasStore.getState().viewers.candidate.viewport.rotation).toBe(180);
  });

  it('true scale shows both prints at the same millimetres per screen pixel, and keeps it through zooms', () => {
    layOut();
    const store = useCanvasStore.getState();
    store.setTrueScale(true);
    const same = () => {
      const { query, candidate } = useCanvasStore.getState().viewers;
      expect(pixelsPerMm(candidate.viewport.scale, 1000)).toBeCloseTo(pixelsPerMm(query.viewport.scale, 500), 6);
    };
    same();
    store.zoom('candidate', 1.7);
    same();
    store.fit('query');
    same();
  });

  it('toggles layers', () => {
    useCanvasStore.getState().toggleLayer('minutiae');
    expect(useCanvasStore.getState().layers.minutiae).toBe(false);
    useCanvasStore.getState().toggleLayer('minutiae');
  });
});
