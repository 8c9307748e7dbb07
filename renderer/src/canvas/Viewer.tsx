// One print viewer: a Konva stage whose transform is the viewer's viewport in
// the canvas store. Drag pans, the wheel zooms about the pointer, and the
// keyboard does both (+/- zoom, 0 fits, arrows pan) when the viewer has focus.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Stage } from 'react-konva';
import type Konva from 'konva';
import type { Annotation } from '../../../preload/contract/cases';
import { useCanvasStore, zoomIn, zoomOut, type ViewerId } from '../store/canvas';
import { CorrespondenceLayer, type CorrespondenceMark } from './layers/CorrespondenceLayer';
import { ImageLayer } from './layers/ImageLayer';
import { MinutiaeLayer } from './layers/MinutiaeLayer';
import { OverlayLayer } from './layers/OverlayLayer';
import { usePrintImage } from './print-image';
import { useElementSize } from './use-element-size';
import { toImage, wheelFactor, type Point } from './viewport';

const KEY_PAN = 48;

export interface ViewerProps {
  viewer: ViewerId;
  printId: string;
  label: string;
  annotations: readonly Annotation[];
  correspondences?: readonly CorrespondenceMark[];
}

export function Viewer({ viewer, printId, label, annotations, correspondences = [] }: ViewerProps) {
  const container = useRef<HTMLDivElement>(null);
  const size = useElementSize(container);
  const image = usePrintImage(printId);
  const state = useCanvasStore((s) => s.viewers[viewer]);
  const layers = useCanvasStore((s) => s.layers);
  const { setView, setContent, setViewport, zoom, pan, fit } = useCanvasStore.getState();
  const { viewport } = state;
  // Where the pointer is on the print, in image pixels: transient, so kept out of the store.
  const [cursor, setCursor] = useState<Point | null>(null);

  useEffect(() => setView(viewer, size), [viewer, size.width, size.height]);
  useEffect(() => {
    setContent(viewer, image.status === 'ready' ? { width: image.image.naturalWidth, height: image.image.naturalHeight } : null);
  }, [viewer, image]);

  const onWheel = (event: Konva.KonvaEventObject<WheelEvent>) => {
    event.evt.preventDefault();
    const pointer = event.target.getStage()?.getPointerPosition() ?? undefined;
    zoom(viewer, wheelFactor(event.evt.deltaY), pointer);
  };
  const onDragMove = (event: Konva.KonvaEventObject<DragEvent>) => {
    const stage = event.target.getStage();
    if (stage && event.target === stage) setViewport(viewer, { scale: viewport.scale, x: stage.x(), y: stage.y() });
  };
  const onPointerMove = (event: Konva.KonvaEventObject<PointerEvent>) => {
    const pointer = event.target.getStage()?.getPointerPosition();
    setCursor(pointer ? toImage(viewport, pointer) : null);
  };
  const content = state.content;
  const onPrint = cursor && content && cursor.x >= 0 && cursor.y >= 0 && cursor.x < content.width && cursor.y < content.height;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const actions: Record<string, () => void> = {
      '+': () => zoomIn(viewer),
      '=': () => zoomIn(viewer),
      '-': () => zoomOut(viewer),
      '0': () => fit(viewer),
      ArrowLeft: () => pan(viewer, KEY_PAN, 0),
      ArrowRight: () => pan(viewer, -KEY_PAN, 0),
      ArrowUp: () => pan(viewer, 0, KEY_PAN),
      ArrowDown: () => pan(viewer, 0, -KEY_PAN),
    };
    const action = actions[event.key];
    if (action && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      action();
    }
  };

  return (
    <div
      ref={container}
      className="viewer"
      data-testid={`viewer-${viewer}`}
      data-image={image.status}
      data-scale={viewport.scale.toFixed(4)}
      data-x={viewport.x.toFixed(1)}
      data-y={viewport.y.toFixed(1)}
      tabIndex={0}
      role="group"
      aria-roledescription="print viewer"
      aria-label={`${label}: drag to pan, wheel or plus and minus to zoom, 0 to fit, arrows to pan`}
      aria-keyshortcuts="+ - 0 ArrowLeft ArrowRight ArrowUp ArrowDown"
      onKeyDown={onKeyDown}
    >
      {onPrint && (
        <div className="viewer-cursor mono" aria-hidden="true">
          x {Math.floor(cursor.x)} · y {Math.floor(cursor.y)}
        </div>
      )}
      {image.status === 'error' && <div className="viewer-message">The print image could not be loaded.</div>}
      {size.width > 0 && size.height > 0 && (
        <Stage
          width={size.width}
          height={size.height}
          x={viewport.x}
          y={viewport.y}
          scaleX={viewport.scale}
          scaleY={viewport.scale}
          draggable
          onWheel={onWheel}
          onDragMove={onDragMove}
          onDragEnd={onDragMove}
          onPointerMove={onPointerMove}
          onPointerLeave={() => setCursor(null)}
        >
          {layers.image && <ImageLayer image={image.status === 'ready' ? image.image : null} />}
          {layers.minutiae && <MinutiaeLayer annotations={annotations} scale={viewport.scale} />}
          {layers.correspondences && <CorrespondenceLayer marks={correspondences} scale={viewport.scale} />}
          {layers.overlay && <OverlayLayer />}
        </Stage>
      )}
    </div>
  );
}
