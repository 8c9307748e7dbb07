// The app origin's request handling, shared by the Electron protocol handler and
// the E2E static server: the renderer bundle and print images, with security
// headers on every answer. Inputs are the URL path and the method; the caller
// has already checked the scheme and host.
import fs from 'node:fs';
import { RidgelineError } from '../core/errors';
import { resolveBundleFile } from './bundle-path';
import { SECURITY_HEADERS } from './csp';
import { contentTypeOf } from './mime';
import type { PrintMediaSource } from './print-media';

export const APP_SCHEME = 'ridgeline';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const PRINT_MEDIA_PREFIX = '/media/print/';

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | null;
}

export interface AppResolverOptions {
  /** Folder of the built renderer bundle (out/renderer). */
  bundleRoot: string;
  /** PNGs of print images, answered by the core worker for the window's session. */
  prints: PrintMediaSource;
  /** Called for refused or failed requests (logged by main; never sent to the renderer). */
  onRefused?(path: string, reason: string): void;
}

const PRINT_FILE = /^([A-Za-z0-9_-]{1,64})\.png$/;

function answer(status: number, body: Buffer | null, contentType?: string, extra: Record<string, string> = {}): AppResponse {
  const headers: Record<string, string> = { ...SECURITY_HEADERS, ...extra };
  if (contentType) headers['Content-Type'] = contentType;
  return { status, headers, body };
}

const text = (status: number, message: string) => answer(status, Buffer.from(message), 'text/plain; charset=utf-8');

export function createAppResolver(options: AppResolverOptions) {
  const refused = (path: string, status: number, reason: string): AppResponse => {
    options.onRefused?.(path, reason);
    return text(status, status === 404 ? 'Not found' : 'Refused');
  };

  async function printImage(path: string): Promise<AppResponse> {
    const match = PRINT_FILE.exec(path.slice(PRINT_MEDIA_PREFIX.length));
    if (!match?.[1]) return refused(path, 404, 'malformed print image path');
    try {
      // Decoding and PNG encoding happen in the core worker, off this thread.
      const png = await options.prints.printPng(match[1]);
      // Print images are personal data: never cached on disk by the browser.
      return answer(200, Buffer.from(png.buffer, png.byteOffset, png.byteLength), 'image/png', {
        'Cache-Control': 'no-store',
      });
    } catch (error) {
      if (error instanceof RidgelineError) {
        // Unauthenticated, out of scope and missing all look the same from outside.
        return refused(path, 404, `${error.code}: ${error.message}`);
      }
      options.onRefused?.(path, `internal: ${String(error)}`);
      return text(500, 'Internal error');
    }
  }

  return {
    /** Handles one request for `path` (the URL's pathname, still percent-encoded). */
    async handle(method: string, path: string): Promise<AppResponse> {
      if (method !== 'GET' && method !== 'HEAD') return refused(path, 405, `method ${method}`);
      if (path.startsWith(PRINT_MEDIA_PREFIX)) return printImage(path);
      const resolved = resolveBundleFile(options.bundleRoot, path);
      if (!resolved.ok) return refused(path, 404, resolved.reason);
      const body = method === 'HEAD' ? null : fs.readFileSync(resolved.file);
      return answer(200, body, contentTypeOf(resolved.file), { 'Cache-Control': 'no-cache' });
    },
  };
}

export type AppResolver = ReturnType<typeof createAppResolver>;
