// Refusals for everything a compromised or confused renderer could ask for:
// navigation, redirects, new windows, webviews, permissions, and any request
// that leaves the app origin (no remote content at all).
import type { App, Session, WebContents } from 'electron';
import { APP_SCHEME } from '../protocol/resolver';

export type SecurityLog = (event: string, details: Record<string, unknown>) => void;

/** Schemes a page may load from: the app origin, and devtools when they are enabled for development. */
const ALLOWED_REQUEST_SCHEMES = new Set([`${APP_SCHEME}:`, 'devtools:']);

export function isAllowedRequestUrl(url: string): boolean {
  try {
    return ALLOWED_REQUEST_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function hardenWebContents(contents: WebContents, log: SecurityLog): void {
  // The app is a single page: it never navigates, so every navigation is refused.
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    log('navigation-denied', { url });
  });
  // Sub-frames too (CSP frame-src 'none' already forbids them; this holds even if that ever loosens).
  contents.on('will-frame-navigate', (event) => {
    event.preventDefault();
    log('frame-navigation-denied', { url: event.url });
  });
  contents.on('will-redirect', (event, url) => {
    event.preventDefault();
    log('redirect-denied', { url });
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('webview-denied', {});
  });
  contents.setWindowOpenHandler(({ url }) => {
    log('window-open-denied', { url });
    return { action: 'deny' };
  });
}

export function hardenSession(session: Session, log: SecurityLog): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log('permission-denied', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url);
    if (!allowed) log('request-blocked', { url: details.url });
    callback({ cancel: !allowed });
  });
}

/** Applies hardenWebContents to every web contents the app ever creates. */
export function hardenApp(app: App, log: SecurityLog): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log));
}
