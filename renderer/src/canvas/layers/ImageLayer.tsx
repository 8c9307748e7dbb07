import { Image as KonvaImage, Layer } from 'react-konva';

/** The print itself; not interactive, so hit-testing skips it. */
export function ImageLayer({ image }: { image: HTMLImageElement | null }) {
  return <Layer name="image" listening={false}>{image && <KonvaImage image={image} x={0} y={0} />}</Layer>;
}
