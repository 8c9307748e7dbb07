import fs from 'node:fs';
import { decodeImage, encodePng } from '../../main/formats/images';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appProtocolHandler, registerAppScheme } from '../../main/electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../main/protocol/csp';
import { createAppResolver, type AppResolver } from '../../main/protocol/resolver';
import { RidgelineError } from '../../main/core/errors';
import { makeBundle, TRAVERSALS } from './bundle';

vi.mock('electron', () => ({}));

const image = { width: 3, height: 2, ppi: 500, pixels: new Uint8Array([0, 50, 100, 150, 200, 250]) };

let bundle: ReturnType<typeof makeBundle>;
let resolver: AppResolver;
const refusals: string[] = [];

beforeAll(() => {
  bundle = makeBundle();
  resolver = createAppResolver({
    bundleRoot: bundle.root,
    // What the core worker answers: a PNG for a print in scope, a typed refusal otherwise.
    prints: {
      printPng: async (id) => {
        if (id === 'p_visible') return encodePng(image);
        throw new RidgelineError('not-found', `Print ${id} was not found`);
      },
    },
    onRefused: (path) => refusals.push(path),
  });
});
afterAll(() => bundle.cleanup());

describe('app origin resolver', () => {
  it('serves the bundle with a strict CSP and no sniffing', async () => {
    const index = await resolver.handle('GET', '/');
    expect(index.status).toBe(200);
    expect(index.headers['Content-Type']).toMatch(/^text\/html/);
    expect(index.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['X-Content-Type-Options']).toBe('nosniff');
    const script = await resolver.handle('GET', '/assets/app.js');
    expect(script.body?.toString()).toBe('console.log(1)');
    expect(script.headers['Content-Type']).toMatch(/^text\/javascript/);
  });

  it('has a CSP without inline script, eval or remote origins', async () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('follows a symlink that stays inside the bundle', async () => {
    expect((await resolver.handle('GET', '/assets/alias.js')).status).toBe(200);
  });

  it.each(TRAVERSALS)('refuses %s', async (path) => {
    const response = await resolver.handle('GET', path);
    expect(response.status).toBe(404);
    expect(response.body?.toString()).not.toContain('TOP SECRET');
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('accepts only GET and HEAD', async () => {
    expect((await resolver.handle('POST', '/index.html')).status).toBe(405);
    const head = await resolver.handle('HEAD', '/index.html');
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
  });

  it('serves a print image the caller may see as PNG, never cached', async () => {
    const response = await resolver.handle('GET', '/media/print/p_visible.png');
    expect(response.status).toBe(200);
    expect(response.headers['Content-Type']).toBe('image/png');
    expect(response.headers['Cache-Control']).toBe('no-store');
    const png = response.body!;
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(3);
    expect(png.readUInt32BE(20)).toBe(2);
    const decoded = decodeImage(new Uint8Array(png));
    expect([...decoded.pixels]).toEqual([0, 50, 100, 150, 200, 250]);
  });

  it.each(['/media/print/p_hidden.png', '/media/print/../index.html', '/media/print/p_visible.jpg', '/media/print/%2e%2e.png', '/media/print/p_visible.png/x'])(
    'answers %s as not found',
    async (path) => {
      expect((await resolver.handle('GET', path)).status).toBe(404);
    },
  );
});

describe('ridgeline:// scheme', () => {
  it('is registered privileged, standard and secure, without CSP bypass', async () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol as never);
    const [[schemes]] = protocol.registerSchemesAsPrivileged.mock.calls as [[{ scheme: string; privileges: Record<string, boolean> }[]]];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]).toMatchObject({ scheme: 'ridgeline', privileges: { standard: true, secure: true, bypassCSP: false, corsEnabled: false, supportFetchAPI: false } });
  });

  it('serves only the app host through the shared resolver', async () => {
    const handle = appProtocolHandler(resolver, vi.fn());
    const ok = await handle(new Request('ridgeline://app/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await ok.text()).toContain('Ridgeline');
    expect((await handle(new Request('ridgeline://other/index.html'))).status).toBe(404);
    // fetch's Request refuses credentials in URLs; Electron hands us whatever the page asked for.
    expect((await handle({ url: 'ridgeline://user:pw@app/index.html', method: 'GET' } as Request)).status).toBe(404);
  });

  it('refuses traversal arriving as a URL', async () => {
    const handle = appProtocolHandler(resolver, vi.fn());
    for (const url of ['ridgeline://app/%2e%2e/secret.txt', 'ridgeline://app/..%2fsecret.txt', 'ridgeline://app/assets/escape.txt', 'ridgeline://app/up/secret.txt']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('TOP SECRET');
    }
  });

  it('never reads a file outside the root even when it exists', async () => {
    expect(fs.existsSync(`${bundle.base}/secret.txt`)).toBe(true);
    expect(refusals.length).toBeGreaterThan(0);
  });
});
