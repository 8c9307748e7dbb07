// Maps a request path onto a file inside the renderer bundle, refusing anything
// that could reach outside it: parent segments (plain or percent-encoded),
// backslashes, NUL bytes, absolute or drive-letter paths, encoded separators,
// and symlinks whose target lies outside the bundle root. Electron-free so the
// shell, the unit tests and the E2E static server share exactly this logic.
import fs from 'node:fs';
import path from 'node:path';

export type BundlePathResult = { ok: true; file: string } | { ok: false; reason: string };

const refuse = (reason: string): BundlePathResult => ({ ok: false, reason });

/**
 * Decodes and validates the URL path (the part after the origin, e.g. "/assets/app.js").
 * Returns the relative segments or a refusal. "/" maps to index.html.
 */
export function bundleSegments(urlPath: string): { ok: true; segments: string[] } | { ok: false; reason: string } {
  if (urlPath.includes('\\')) return { ok: false, reason: 'backslash in path' };
  // Encoded separators would survive segment splitting and become real ones after decoding.
  if (/%(2f|5c|00)/i.test(urlPath)) return { ok: false, reason: 'encoded separator or NUL in path' };
  const rawSegments = urlPath.split('/').filter((s) => s.length > 0);
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, reason: 'malformed percent-encoding' };
    }
    if (segment === '.' || segment === '..') return { ok: false, reason: 'dot segment in path' };
    if (segment.includes('\0') || segment.includes('/') || segment.includes('\\')) return { ok: false, reason: 'separator in segment' };
    if (/^[A-Za-z]:/.test(segment)) return { ok: false, reason: 'drive letter in path' };
    segments.push(segment);
  }
  if (segments.length === 0) segments.push('index.html');
  return { ok: true, segments };
}

/** Resolves a URL path to an existing regular file under `root` (whose real path is taken once). */
export function resolveBundleFile(root: string, urlPath: string): BundlePathResult {
  const parsed = bundleSegments(urlPath);
  if (!parsed.ok) return parsed;
  const realRoot = fs.realpathSync(root);
  const candidate = path.resolve(realRoot, ...parsed.segments);
  if (!isInside(realRoot, candidate)) return refuse('path escapes the bundle');
  let real: string;
  try {
    real = fs.realpathSync(candidate);
  } catch {
    return refuse('no such file');
  }
  // A symlink inside the bundle must not lead outside it.
  if (!isInside(realRoot, real)) return refuse('symlink leads outside the bundle');
  const stat = fs.statSync(real);
  if (!stat.isFile()) return refuse('not a file');
  return { ok: true, file: real };
}

export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative.length > 0 && !relative.startsWith('..') && !path.isAbsolute(relative);
}
