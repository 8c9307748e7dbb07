// Canvas state, kept apart from rendering (as Excalidraw does): one viewport
// per viewer, whether the two viewers move together (linked) and show the same
// physical size (true scale), and the visible layers. Viewers apply viewport
// changes to their Konva nodes through a store subscription, never a React
// render, so panning and zooming stay off React's path.
import { create } from 'zustand';
import {
  centreOf,
  clampScale,
  fit as fitViewport,
  fitScale,
  IDENTITY,
  normaliseDegrees,
  panBy,
  rotateAt,
  scaleAt,
  zoomAt,
  ZOOM_STEP,
  type Point,
  type Size,
  type Viewport,
} from '../canvas/viewport';

export type ViewerId = 'query' | 'candidate';
export type LayerName = 'image' | 'minutiae' | 'correspondences' | 'overlay';

export const VIEWERS: readonly ViewerId[] = ['query', 'candidate'];
export const otherViewer = (viewer: ViewerId): ViewerId => (viewer === 'query' ? 'candidate' : 'query');

export interface ViewerState {
  viewport: Viewport;
  /** Size of the viewer on screen, set by the viewer when it is laid out. */
  view: Size;
  /** Where the viewer sits on the page (for drawing across both viewers). */
  origin: Point;
  /** Size of the print shown, once its image is known. */
  content: Size | null;
  /** The print's resolution, for true scale and millimetre readouts. */
  ppi: number | null;
  /** Until the examiner pans or zooms, the viewer keeps the print fitted when it resizes. */
  fitted: boolean;
}

interface CanvasState {
  viewers: Record<ViewerId, ViewerState>;
  layers: Record<LayerName, boolean>;
  /** Pan, zoom and rotation of one viewer move the other too. */
  linked: boolean;
  /** Both prints at the same physical size (screen pixels per millimetre), whatever their ppi. */
  trueScale: boolean;
  loupe: boolean;
  /** The viewer keyboard shortcuts act on: the last one pointed at or focused. */
  active: ViewerId;
  setView(viewer: ViewerId, view: Size, origin?: Point): void;
  setContent(viewer: ViewerId, content: Size | null, ppi?: number | null): void;
  pan(viewer: ViewerId, dx: number, dy: number): void;
  zoom(viewer: ViewerId, factor: number, anchor?: Point): void;
  rotate(viewer: ViewerId, degrees: number, anchor?: Point): void;
  setRotation(viewer: ViewerId, degrees: number): void;
  fit(viewer: ViewerId): void;
  setLinked(linked: boolean): void;
  setTrueScale(trueScale: boolean): void;
  setLoupe(loupe: boolean): void;
  setActive(viewer: ViewerId): void;
  toggleLayer(layer: LayerName): void;
  reset(): void;
}

const emptyViewer = (): ViewerState => ({
  viewport: IDENTITY,
  view: { width: 0, height: 0 },
  origin: { x: 0, y: 0 },
  content: null,
  ppi: null,
  fitted: true,
});

const initialViewers = (): Record<ViewerId, ViewerState> => ({ query: emptyViewer(), candidate: emptyViewer() });

/** The same screen position relative to the other viewer's centre, so linked zooms and rotations feel mirrored. */
function mirrored(from: ViewerState, to: ViewerState, anchor: Point | undefined): Point {
  if (!anchor) return centreOf(to.view);
  return { x: to.view.width / 2 + (anchor.x - from.view.width / 2), y: to.view.height / 2 + (anchor.y - from.view.height / 2) };
}

/** The scale of `to` showing the same millimetres per screen pixel as `from` at `scale`. */
function physicalScale(from: ViewerState, to: ViewerState, scale: number): number | null {
  if (!from.ppi || !to.ppi) return null;
  return clampScale((scale * from.ppi) / to.ppi);
}

function fitted(state: ViewerState): ViewerState {
  return state.content ? { ...state, viewport: fitViewport(state.content, state.view, state.viewport.rotation), fitted: true } : { ...state, fitted: true };
}

type Viewers = Record<ViewerId, ViewerState>;

/** Fits both viewers at the largest physical scale that fits both prints. */
function fitTrueScale(viewers: Viewers): Viewers {
  const { query, candidate } = viewers;
  if (!query.content || !candidate.content || !query.ppi || !candidate.ppi) return { query: fitted(query), candidate: fitted(candidate) };
  const perMm = Math.min(
    fitScale(query.content, query.view, query.viewport.rotation) * query.ppi,
    fitScale(candidate.content, candidate.view, candidate.viewport.rotation) * candidate.ppi,
  );
  const place = (state: ViewerState): ViewerState => ({
    ...state,
    viewport: fitViewport(state.content!, state.view, state.viewport.rotation, clampScale(perMm / state.ppi!)),
    fitted: true,
  });
  return { query: place(query), candidate: place(candidate) };
}

export const useCanvasStore = create<CanvasState>()((set, get) => {
  const update = (change: (viewers: Viewers) => Partial<Viewers>) => set((s) => ({ viewers: { ...s.viewers, ...change(s.viewers) } }));
  const moved = (state: ViewerState, viewport: Viewport): ViewerState => ({ ...state, viewport, fitted: false });
  const refit = (viewers: Viewers, viewer: ViewerId): Partial<Viewers> => {
    const { trueScale, linked } = get();
    if (trueScale) return fitTrueScale(viewers);
    if (linked) return { query: fitted(viewers.query), candidate: fitted(viewers.candidate) };
    return { [viewer]: fitted(viewers[viewer]) };
  };

  return {
    viewers: initialViewers(),
    layers: { image: true, minutiae: true, correspondences: true, overlay: true },
    linked: false,
    trueScale: false,
    loupe: false,
    active: 'query',
    setView: (viewer, view, origin) =>
      update((viewers) => {
        const state = viewers[viewer];
        const next = { ...state, view, origin: origin ?? state.origin };
        if (view.width === state.view.width && view.height === state.view.height) return { [viewer]: next };
        return next.fitted ? refit({ ...viewers, [viewer]: next }, viewer) : { [viewer]: next };
      }),
    setContent: (viewer, content, ppi = null) =>
      update((viewers) => refit({ ...viewers, [viewer]: { ...viewers[viewer], content, ppi, fitted: true } }, viewer)),
    pan: (viewer, dx, dy) =>
      update((viewers) => {
        const targets = get().linked ? VIEWERS : [viewer];
        return Object.fromEntries(targets.map((v) => [v, moved(viewers[v], panBy(viewers[v].viewport, dx, dy))]));
      }),
    zoom: (viewer, factor, anchor) =>
      update((viewers) => {
        const own = viewers[viewer];
        const viewport = zoomAt(own.viewport, factor, anchor ?? centreOf(own.view));
        const other = otherViewer(viewer);
        const partner = viewers[other];
        const { linked, trueScale } = get();
        const result: Partial<Viewers> = { [viewer]: moved(own, viewport) };
        if (!linked && !trueScale) return result;
        const partnerAnchor = linked ? mirrored(own, partner, anchor) : centreOf(partner.view);
        const scale = trueScale ? physicalScale(own, partner, viewport.scale) : clampScale(partner.viewport.scale * (viewport.scale / own.viewport.scale));
        if (scale !== null) result[other] = moved(partner, scaleAt(partner.viewport, scale, partnerAnchor));
        return result;
      }),
    rotate: (viewer, degrees, anchor) =>
      update((viewers) => {
        const targets = get().linked ? VIEWERS : [viewer];
        return Object.fromEntries(
          targets.map((v) => {
            const state = viewers[v];
            const pivot = v === viewer ? (anchor ?? centreOf(state.view)) : mirrored(viewers[viewer], state, anchor);
            return [v, moved(state, rotateAt(state.viewport, degrees, pivot))];
          }),
        );
      }),
    setRotation: (viewer, degrees) => get().rotate(viewer, normaliseDegrees(degrees) - get().viewers[viewer].viewport.rotation),
    fit: (viewer) => update((viewers) => refit(viewers, viewer)),
    setLinked: (linked) => set({ linked }),
    setTrueScale: (trueScale) => {
      set({ trueScale });
      if (trueScale) update((viewers) => fitTrueScale(viewers));
    },
    setLoupe: (loupe) => set({ loupe }),
    setActive: (active) => {
      if (get().active !== active) set({ active });
    },
    toggleLayer: (layer) => set((s) => ({ layers: { ...s.layers, [layer]: !s.layers[layer] } })),
    reset: () => set({ viewers: initialViewers() }),
  };
});

export const zoomIn = (viewer: ViewerId) => useCanvasStore.getState().zoom(viewer, ZOOM_STEP);
export const zoomOut = (viewer: ViewerId) => useCanvasStore.getState().zoom(viewer, 1 / ZOOM_STEP);

/** Calls `listener` with a viewer's viewport whenever it changes, outside React. Returns the unsubscribe. */
export function subscribeViewport(viewer: ViewerId, listener: (viewport: Viewport, state: ViewerState) => void): () => void {
  let previous = useCanvasStore.getState().viewers[viewer];
  return useCanvasStore.subscribe((s) => {
    const next = s.viewers[viewer];
    if (next === previous) return;
    const changed = next.viewport !== previous.viewport || next.view !== previous.view;
    previous = next;
    if (changed) listener(next.viewport, next);
  });
}
