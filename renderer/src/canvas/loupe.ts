// The magnifier loupe: a small canvas near the pointer showing the print
// around it at four times the viewer's zoom (at least 2:1), without smoothing,
// so ridge detail reads at real pixels. Drawn imperatively on pointer moves.
import { toImage, type Point, type Size, type Viewport } from './viewport';

export const LOUPE_SIZE = 180;
const MAGNIFICATION = 4;
const OFFSET = 24;

export function loupeScale(viewport: Viewport): number {
  return Math.max(viewport.scale * MAGNIFICATION, 2);
}

export function drawLoupe(canvas: HTMLCanvasElement, source: CanvasImageSource | null, viewport: Viewport, pointer: Point, view: Size): void {
  // Beside the pointer, flipped to the other side near the viewer's edges.
  const left = pointer.x + OFFSET + LOUPE_SIZE > view.width ? pointer.x - OFFSET - LOUPE_SIZE : pointer.x + OFFSET;
  const top = pointer.y - OFFSET - LOUPE_SIZE < 0 ? pointer.y + OFFSET : pointer.y - OFFSET - LOUPE_SIZE;
  canvas.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.fillStyle = '#0e1012';
  context.fillRect(0, 0, LOUPE_SIZE, LOUPE_SIZE);
  if (source) {
    const centre = toImage(viewport, pointer);
    const scale = loupeScale(viewport);
    const radians = (viewport.rotation * Math.PI) / 180;
    const cos = Math.cos(radians) * scale;
    const sin = Math.sin(radians) * scale;
    context.imageSmoothingEnabled = false;
    // Same rotation as the viewer; the image point under the pointer at the loupe's centre.
    context.setTransform(cos, sin, -sin, cos, LOUPE_SIZE / 2 - (cos * centre.x - sin * centre.y), LOUPE_SIZE / 2 - (sin * centre.x + cos * centre.y));
    context.drawImage(source, 0, 0);
    context.setTransform(1, 0, 0, 1, 0, 0);
  }
  // Crosshair with a halo.
  const c = LOUPE_SIZE / 2;
  context.beginPath();
  context.moveTo(c - 10, c);
  context.lineTo(c - 3, c);
  context.moveTo(c + 3, c);
  context.lineTo(c + 10, c);
  context.moveTo(c, c - 10);
  context.lineTo(c, c - 3);
  context.moveTo(c, c + 3);
  context.lineTo(c, c + 10);
  context.strokeStyle = 'rgba(0,0,0,0.8)';
  context.lineWidth = 3;
  context.stroke();
  context.strokeStyle = '#ffd166';
  context.lineWidth = 1;
  context.stroke();
}
