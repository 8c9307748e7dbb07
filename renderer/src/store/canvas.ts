// Canvas state, kept apart from rendering (as Excalidraw does): one viewport
// per viewer and the visible layers. Viewers read it and dispatch actions; the
// Konva scene is only a projection of this state.
import { create } from 'zustand';
import { fit, panBy, zoomAt, IDENTITY, ZOOM_STEP, type Point, type Size, type Viewport } from '../canvas/viewport';

export type ViewerId = 'query' | 'candidate';
export type LayerName = 'image' | 'minutiae' | 'correspondences' | 'overlay';

interface ViewerState {
  viewport: Viewport;
  /** Size of the viewer on screen, set by the viewer when it is laid out. */
  view: Size;
  /** Size of the print shown, once its image is known. */
  content: Size | null;
  /** Until the examiner pans or zooms, the viewer keeps the print fitted when it resizes. */
  fitted: boolean;
}

interface CanvasState {
  viewers: Record<ViewerId, ViewerState>;
  layers: Record<LayerName, boolean>;
  setView(viewer: ViewerId, view: Size): void;
  setContent(viewer: ViewerId, content: Size | null): void;
  pan(viewer: ViewerId, dx: number, dy: number): void;
  setViewport(viewer: ViewerId, viewport: Viewport): void;
  zoom(viewer: ViewerId, factor: number, anchor?: Point): void;
  fit(viewer: ViewerId): void;
  toggleLayer(layer: LayerName): void;
  reset(): void;
}

const emptyViewer = (): ViewerState => ({ viewport: IDENTITY, view: { width: 0, height: 0 }, content: null, fitted: true });

const initialViewers = (): Record<ViewerId, ViewerState> => ({ query: emptyViewer(), candidate: emptyViewer() });

const fitted = (state: ViewerState): ViewerState =>
  state.content ? { ...state, viewport: fit(state.content, state.view), fitted: true } : { ...state, fitted: true };

export const useCanvasStore = create<CanvasState>()((set) => {
  const update = (viewer: ViewerId, change: (state: ViewerState) => ViewerState) =>
    set((s) => ({ viewers: { ...s.viewers, [viewer]: change(s.viewers[viewer]) } }));
  return {
    viewers: initialViewers(),
    layers: { image: true, minutiae: true, correspondences: true, overlay: true },
    setView: (viewer, view) =>
      update(viewer, (state) => {
        const next = { ...state, view };
        return state.fitted ? fitted(next) : next;
      }),
    setContent: (viewer, content) => update(viewer, (state) => fitted({ ...state, content })),
    pan: (viewer, dx, dy) => update(viewer, (state) => ({ ...state, viewport: panBy(state.viewport, dx, dy), fitted: false })),
    setViewport: (viewer, viewport) => update(viewer, (state) => ({ ...state, viewport, fitted: false })),
    zoom: (viewer, factor, anchor) =>
      update(viewer, (state) => {
        const centre = anchor ?? { x: state.view.width / 2, y: state.view.height / 2 };
        return { ...state, viewport: zoomAt(state.viewport, factor, centre), fitted: false };
      }),
    fit: (viewer) => update(viewer, fitted),
    toggleLayer: (layer) => set((s) => ({ layers: { ...s.layers, [layer]: !s.layers[layer] } })),
    reset: () => set({ viewers: initialViewers() }),
  };
});

export const zoomIn = (viewer: ViewerId) => useCanvasStore.getState().zoom(viewer, ZOOM_STEP);
export const zoomOut = (viewer: ViewerId) => useCanvasStore.getState().zoom(viewer, 1 / ZOOM_STEP);
