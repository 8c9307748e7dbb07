// The ridgeline:// scheme: registered privileged (standard, secure) before the
// app is ready, then served by the Electron-free resolver in main/protocol.
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME, type AppResolver } from '../protocol/resolver';
import { SECURITY_HEADERS } from '../protocol/csp';
import type { SecurityLog } from './hardening';

/** Must run before app 'ready'. */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: relative URLs and a real origin; secure: treated like https. The bundle's module
      // scripts and print images are same-origin, so corsEnabled stays off: turning it on would let
      // any other origin read responses (print images included) without CORS checks.
      privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false, bypassCSP: false, stream: false },
    },
  ]);
}

export function appProtocolHandler(resolver: AppResolver, log: SecurityLog) {
  return async (request: Request): Promise<Response> => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return new Response('Refused', { status: 400, headers: SECURITY_HEADERS });
    }
    if (url.host !== APP_HOST || url.username || url.password || url.port) {
      log('protocol-refused', { url: request.url, reason: 'unknown host' });
      return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    }
    const response = await resolver.handle(request.method, url.pathname);
    return new Response(response.body ? new Uint8Array(response.body) : null, { status: response.status, headers: response.headers });
  };
}

export function serveAppProtocol(protocol: Protocol, resolver: AppResolver, log: SecurityLog): void {
  protocol.handle(APP_SCHEME, appProtocolHandler(resolver, log));
}
