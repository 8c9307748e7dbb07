// One print viewer. React lays out the stage once; after that the picture is
// driven imperatively: viewport changes arrive by a store subscription and the
// pointer path (pan, rotate, cursor readout, loupe) touches Konva and DOM refs
// only, so moving the pointer never re-renders React, even with hundreds of
// minutiae. Two Konva layers: the print (pixel-exact past 1:1) and the marks
// (features, correspondences, region of interest) at constant screen size.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import type Konva from 'konva';
import { useAdjustmentStore } from '../store/adjustments';
import { subscribeViewport, useCanvasStore, zoomIn, zoomOut, type ViewerId } from '../store/canvas';
import type { CorrespondenceMark, Feature, Polygon } from './features';
import { drawFeatures, drawMarks, drawPolygon } from './glyphs';
import { useDisplayImage, type DisplaySource } from './image/display-image';
import { createPyramid, levelFor, type Pyramid } from './image/pyramid';
import { drawLoupe, LOUPE_SIZE } from './loupe';
import { cacheUse, drawCache, emptyMarksCache, renderCache, SETTLE_MS, type MarksCache } from './marks-cache';
import { usePrintImage } from './print-image';
import { useElementSize } from './use-element-size';
import { toImage, toMm, wheelFactor, type Point, type Viewport } from './viewport';
import type { ViewerTool } from './tools';

const KEY_PAN = 48;

export interface ViewerProps {
  viewer: ViewerId;
  printId: string;
  label: string;
  ppi: number;
  features: readonly Feature[];
  marks?: readonly CorrespondenceMark[];
  polygon?: Polygon | null;
  selected?: ReadonlySet<string>;
  /** The active markup tool, if any; without one the pointer pans. */
  tool?: ViewerTool | null;
}

interface Scene {
  viewport: Viewport;
  view: { width: number; height: number };
  source: DisplaySource | null;
  pyramid: Pyramid | null;
  /** Bumped whenever what the marks layer shows changes (not where). */
  version: number;
  cache: MarksCache;
  /** When the scale or rotation last changed: a zoom or rotation gesture is going on until it pauses. */
  reshapedAt: number;
  settle: ReturnType<typeof setTimeout> | null;
  features: readonly Feature[];
  marks: readonly CorrespondenceMark[];
  polygon: Polygon | null;
  draft: Polygon | null;
  selected: ReadonlySet<string>;
  showFeatures: boolean;
  showMarks: boolean;
}

/** Pointer capture keeps a drag going outside the viewer; a pointer the browser no longer knows is simply not captured. */
function capture(element: HTMLElement | null, pointerId: number, on: boolean): void {
  try {
    if (on) element?.setPointerCapture?.(pointerId);
    else element?.releasePointerCapture?.(pointerId);
  } catch {
    // e.g. the pointer was already released: the drag still ends on pointerup.
  }
}

const NO_SELECTION: ReadonlySet<string> = new Set();
const NO_MARKS: readonly CorrespondenceMark[] = [];

/** Applies the viewport as the canvas transform (device pixel ratio kept) and draws the picture. */
function drawImage(context: Konva.Context, scene: Scene): void {
  if (!scene.pyramid) return;
  const native = context._context;
  const { scale, rotation, x, y } = scene.viewport;
  const { source, factor } = levelFor(scene.pyramid, scale);
  const s = scale * factor;
  const radians = (rotation * Math.PI) / 180;
  native.save();
  // Past 1:1 the examiner must see real pixels, not an interpolation.
  native.imageSmoothingEnabled = scale < 1;
  native.imageSmoothingQuality = 'low';
  context.transform(Math.cos(radians) * s, Math.sin(radians) * s, -Math.sin(radians) * s, Math.cos(radians) * s, x, y);
  native.drawImage(source, 0, 0);
  native.restore();
}

function renderMarks(ctx: CanvasRenderingContext2D, scene: Scene, viewport: Viewport, view: Scene['view']): void {
  if (scene.polygon) drawPolygon(ctx, viewport, scene.polygon, true);
  if (scene.showFeatures) drawFeatures(ctx, viewport, view, scene.features, scene.selected);
  if (scene.showMarks) drawMarks(ctx, viewport, view, scene.marks);
}

function drawScene(context: Konva.Context, scene: Scene, ratio: number, later: () => void): void {
  const native = context._context;
  const { viewport, view, cache } = scene;
  if (view.width <= 0 || view.height <= 0) return;
  const use = cacheUse(cache, viewport, view, scene.version, ratio);
  const gesturing = performance.now() - scene.reshapedAt < SETTLE_MS;
  if (use === 'stale' || (use === 'approximate' && !gesturing)) {
    renderCache(cache, viewport, view, scene.version, ratio, (ctx, v, size) => renderMarks(ctx, scene, v, size));
  } else if (use === 'approximate' && !scene.settle) {
    // Render crisp again once the gesture pauses.
    scene.settle = setTimeout(() => {
      scene.settle = null;
      later();
    }, SETTLE_MS);
  }
  if (cache.canvas) drawCache(native, cache, viewport);
  if (scene.draft) drawPolygon(native, viewport, scene.draft, false);
}

export function Viewer({ viewer, printId, label, ppi, features, marks = NO_MARKS, polygon = null, selected = NO_SELECTION, tool = null }: ViewerProps) {
  const container = useRef<HTMLDivElement>(null);
  const readout = useRef<HTMLDivElement>(null);
  const loupe = useRef<HTMLCanvasElement>(null);
  const imageLayer = useRef<Konva.Layer>(null);
  const marksLayer = useRef<Konva.Layer>(null);
  const size = useElementSize(container);
  const image = usePrintImage(printId);
  const adjustments = useAdjustmentStore((s) => s.viewers[viewer]);
  const display = useDisplayImage(image.status === 'ready' ? image.image : null, adjustments);
  const showImage = useCanvasStore((s) => s.layers.image);
  const showFeatures = useCanvasStore((s) => s.layers.minutiae);
  const showMarks = useCanvasStore((s) => s.layers.correspondences);
  const loupeOn = useCanvasStore((s) => s.loupe);
  const [panning, setPanning] = useState(false);

  // The scene the Konva shapes draw: a ref, so drawing never waits for React.
  const scene = useRef<Scene>({
    viewport: useCanvasStore.getState().viewers[viewer].viewport,
    view: size,
    source: null,
    pyramid: null,
    version: 0,
    cache: emptyMarksCache(),
    reshapedAt: 0,
    settle: null,
    features,
    marks,
    polygon,
    draft: null,
    selected,
    showFeatures,
    showMarks,
  });
  const pointer = useRef<Point | null>(null);
  const toolRef = useRef(tool);
  toolRef.current = tool;

  const redraw = (layers: 'all' | 'marks' = 'all') => {
    if (layers === 'all') imageLayer.current?.batchDraw();
    marksLayer.current?.batchDraw();
  };

  const updateReadouts = () => {
    const element = readout.current;
    const { viewport } = scene.current;
    const at = pointer.current ? toImage(viewport, pointer.current) : null;
    const content = useCanvasStore.getState().viewers[viewer].content;
    const onPrint = at && content && at.x >= 0 && at.y >= 0 && at.x < content.width && at.y < content.height;
    if (element) {
      element.hidden = !onPrint;
      if (onPrint) {
        element.textContent = `x ${Math.floor(at.x)} px ${toMm(at.x, ppi).toFixed(2)} mm · y ${Math.floor(at.y)} px ${toMm(at.y, ppi).toFixed(2)} mm`;
      }
    }
    const lens = loupe.current;
    if (lens) {
      lens.hidden = !(useCanvasStore.getState().loupe && onPrint && pointer.current);
      if (!lens.hidden && pointer.current) drawLoupe(lens, scene.current.source, viewport, pointer.current, scene.current.view);
    }
  };

  // Viewport changes (own pan and zoom, the linked viewer's, toolbar buttons) reach Konva without React.
  useEffect(
    () =>
      subscribeViewport(viewer, (viewport) => {
        const previous = scene.current.viewport;
        if (previous.scale !== viewport.scale || previous.rotation !== viewport.rotation) scene.current.reshapedAt = performance.now();
        scene.current.viewport = viewport;
        const element = container.current;
        if (element) {
          element.dataset.scale = viewport.scale.toFixed(4);
          element.dataset.x = viewport.x.toFixed(1);
          element.dataset.y = viewport.y.toFixed(1);
          element.dataset.rotation = viewport.rotation.toFixed(2);
        }
        redraw();
        updateReadouts();
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the subscription reads refs only
    [viewer],
  );

  useEffect(() => {
    Object.assign(scene.current, { features, marks, polygon, selected, showFeatures, showMarks });
    scene.current.version++;
    redraw('marks');
  }, [features, marks, polygon, selected, showFeatures, showMarks]);

  useEffect(() => {
    scene.current.source = display.source;
    scene.current.pyramid = display.source ? createPyramid(display.source) : null;
    redraw();
  }, [display.source]);

  useLayoutEffect(() => {
    scene.current.view = size;
    const element = container.current;
    const rect = element?.getBoundingClientRect();
    useCanvasStore.getState().setView(viewer, size, rect ? { x: rect.left, y: rect.top } : undefined);
  }, [viewer, size.width, size.height]);

  useEffect(() => {
    const content = image.status === 'ready' ? { width: image.image.naturalWidth, height: image.image.naturalHeight } : null;
    useCanvasStore.getState().setContent(viewer, content, content ? ppi : null);
  }, [viewer, image, ppi]);

  // When the print is first drawn: the moment the bench and tests wait for.
  useEffect(() => {
    const layer = imageLayer.current;
    if (!layer) return;
    const onDraw = () => {
      const element = container.current;
      if (!element || !scene.current.source || element.dataset.drawn === printId) return;
      element.dataset.drawn = printId;
      performance.mark(`ridgeline:viewer-drawn:${viewer}`);
    };
    layer.on('draw', onDraw);
    return () => {
      layer.off('draw', onDraw);
    };
  }, [viewer, printId, size.width > 0]);

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const rect = element.getBoundingClientRect();
      const anchor = { x: event.clientX - rect.left, y: event.clientY - rect.top };
      useCanvasStore.getState().zoom(viewer, wheelFactor(event.deltaY), anchor);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [viewer]);

  useEffect(
    () => () => {
      if (scene.current.settle) clearTimeout(scene.current.settle);
    },
    [],
  );

  useEffect(() => {
    updateReadouts();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- readouts read refs
  }, [loupeOn]);

  const drag = useRef<{ id: number; last: Point; mode: 'pan' | 'rotate' | 'tool'; angle: number } | null>(null);
  const local = (event: { clientX: number; clientY: number }): Point => {
    const rect = container.current!.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };
  const angleAt = (p: Point) => (Math.atan2(p.y - scene.current.view.height / 2, p.x - scene.current.view.width / 2) * 180) / Math.PI;

  const toolContext = () => ({
    viewer,
    viewport: scene.current.viewport,
    features: scene.current.features,
    setDraft: (draft: Polygon | null) => {
      scene.current.draft = draft;
      redraw('marks');
    },
    redraw: () => {
      scene.current.version++;
      redraw('marks');
    },
  });

  const onPointerDown = (event: React.PointerEvent<HTMLDivElement>) => {
    const at = local(event);
    useCanvasStore.getState().setActive(viewer);
    const active = toolRef.current;
    const panGesture = event.button === 1 || (event.button === 0 && (event.altKey || event.shiftKey || !active));
    if (!panGesture && active && event.button === 0) {
      if (active.down(toolContext(), toImage(scene.current.viewport, at), event.nativeEvent)) {
        capture(container.current, event.pointerId, true);
        drag.current = { id: event.pointerId, last: at, mode: 'tool', angle: 0 };
        return;
      }
    }
    if (!panGesture) return;
    event.preventDefault();
    capture(container.current, event.pointerId, true);
    drag.current = { id: event.pointerId, last: at, mode: event.altKey ? 'rotate' : 'pan', angle: angleAt(at) };
    setPanning(true);
  };

  const onPointerMove = (event: React.PointerEvent<HTMLDivElement>) => {
    const at = local(event);
    pointer.current = at;
    const current = drag.current;
    if (current && current.id === event.pointerId) {
      if (current.mode === 'tool') {
        toolRef.current?.move?.(toolContext(), toImage(scene.current.viewport, at), event.nativeEvent);
      } else if (current.mode === 'rotate') {
        const angle = angleAt(at);
        useCanvasStore.getState().rotate(viewer, angle - current.angle);
        current.angle = angle;
      } else {
        useCanvasStore.getState().pan(viewer, at.x - current.last.x, at.y - current.last.y);
      }
      current.last = at;
    }
    updateReadouts();
  };

  const onPointerUp = (event: React.PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current || current.id !== event.pointerId) return;
    drag.current = null;
    capture(container.current, event.pointerId, false);
    if (current.mode === 'tool') toolRef.current?.up?.(toolContext(), toImage(scene.current.viewport, local(event)), event.nativeEvent);
    else setPanning(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const store = useCanvasStore.getState();
    const actions: Record<string, () => void> = {
      '+': () => zoomIn(viewer),
      '=': () => zoomIn(viewer),
      '-': () => zoomOut(viewer),
      '0': () => store.fit(viewer),
      ArrowLeft: () => store.pan(viewer, KEY_PAN, 0),
      ArrowRight: () => store.pan(viewer, -KEY_PAN, 0),
      ArrowUp: () => store.pan(viewer, 0, KEY_PAN),
      ArrowDown: () => store.pan(viewer, 0, -KEY_PAN),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      event.stopPropagation();
      action();
    }
  };

  const initial = useCanvasStore.getState().viewers[viewer].viewport;
  return (
    <div
      ref={container}
      className={`viewer${panning ? ' panning' : ''}${tool ? ` tool-${tool.name}` : ''}`}
      data-testid={`viewer-${viewer}`}
      data-viewer={viewer}
      data-image={image.status}
      data-adjusting={display.working || undefined}
      data-scale={initial.scale.toFixed(4)}
      data-x={initial.x.toFixed(1)}
      data-y={initial.y.toFixed(1)}
      data-rotation={initial.rotation.toFixed(2)}
      tabIndex={0}
      role="group"
      aria-roledescription="print viewer"
      aria-label={`${label}: drag to pan, Alt-drag to rotate, wheel or plus and minus to zoom, 0 to fit, arrows to pan`}
      aria-keyshortcuts="+ - 0 ArrowLeft ArrowRight ArrowUp ArrowDown"
      onKeyDown={onKeyDown}
      onFocus={() => useCanvasStore.getState().setActive(viewer)}
      onPointerEnter={() => useCanvasStore.getState().setActive(viewer)}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onPointerLeave={() => {
        pointer.current = null;
        updateReadouts();
      }}
    >
      <div ref={readout} className="viewer-cursor mono" aria-hidden="true" data-testid={`cursor-${viewer}`} hidden />
      <canvas ref={loupe} className="viewer-loupe" width={LOUPE_SIZE} height={LOUPE_SIZE} aria-hidden="true" data-testid={`loupe-${viewer}`} hidden />
      {display.working && (
        <div className="viewer-progress" role="status" data-testid={`adjusting-${viewer}`}>
          Applying adjustments…
        </div>
      )}
      {image.status === 'loading' && (
        <div className="viewer-progress" role="status">
          Loading print…
        </div>
      )}
      {image.status === 'error' && <div className="viewer-message">The print image could not be loaded.</div>}
      {size.width > 0 && size.height > 0 && (
        <Stage width={size.width} height={size.height} listening={false}>
          <Layer ref={imageLayer} name="image" listening={false} visible={showImage}>
            <Shape sceneFunc={(context) => drawImage(context, scene.current)} listening={false} perfectDrawEnabled={false} />
          </Layer>
          <Layer ref={marksLayer} name="marks" listening={false}>
            <Shape
              sceneFunc={(context) => drawScene(context, scene.current, marksLayer.current?.getCanvas().getPixelRatio() ?? 1, () => redraw('marks'))}
              listening={false}
              perfectDrawEnabled={false}
            />
          </Layer>
        </Stage>
      )}
    </div>
  );
}
