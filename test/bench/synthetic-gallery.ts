// Grows a large 1:N gallery from a few hundred real templates: each entry is
// a real template moved by a random rigid transform, with jittered minutiae,
// some dropped and a few spurious ones added, so the gallery has the size and
// minutia statistics of real holdings without 100,000 real prints.
import type { Minutia, Template } from '../../native-matcher';

/** Small deterministic PRNG (mulberry32) so runs are repeatable. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TURN = 2 * Math.PI;

export function perturb(source: Template, next: () => number): Template {
  const angle = (next() - 0.5) * (Math.PI / 6); // +-15 degrees
  const shiftX = (next() - 0.5) * 40;
  const shiftY = (next() - 0.5) * 40;
  const cx = source.width / 2;
  const cy = source.height / 2;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const inside = (m: Minutia) => m.x >= 0 && m.y >= 0 && m.x < source.width && m.y < source.height;
  const moved: Minutia[] = [];
  for (const m of source.minutiae) {
    if (next() < 0.1) continue; // missed by the extractor this time
    const dx = m.x - cx;
    const dy = m.y - cy;
    // Screen rotation by `angle` counter-clockwise (y down): directions add the same angle.
    const x = cx + dx * cos + dy * sin + shiftX + (next() - 0.5) * 4;
    const y = cy - dx * sin + dy * cos + shiftY + (next() - 0.5) * 4;
    const direction = (((m.direction + angle + (next() - 0.5) * 0.17) % TURN) + TURN) % TURN;
    moved.push({ ...m, x, y, direction });
  }
  const spurious = Math.floor(next() * 4);
  for (let i = 0; i < spurious; i++) {
    moved.push({ x: next() * source.width, y: next() * source.height, direction: next() * TURN, type: next() < 0.5 ? 'ending' : 'bifurcation', quality: 20 });
  }
  return { ...source, minutiae: moved.filter(inside) };
}
