import { describe, expect, it, vi } from 'vitest';
import { hardenApp, hardenSession, hardenWebContents, isAllowedRequestUrl } from '../../main/electron/hardening';
import { FakeEmitter, FakeSession, FakeWebContents, preventable } from './fakes';

vi.mock('electron', () => ({}));

const hardened = () => {
  const contents = new FakeWebContents();
  const log = vi.fn();
  hardenWebContents(contents as never, log);
  return { contents, log };
};

describe('navigation and new windows', () => {
  it.each(['will-navigate', 'will-redirect'])('%s is always prevented, even to the app origin', (event) => {
    const { contents, log } = hardened();
    for (const url of ['https://example.org/', 'ridgeline://app/index.html', 'file:///etc/passwd']) {
      const e = preventable();
      contents.emit(event, e, url);
      expect(e.preventDefault).toHaveBeenCalledOnce();
    }
    expect(log).toHaveBeenCalledTimes(3);
  });

  it('prevents navigation of any frame', () => {
    const { contents } = hardened();
    const e = { ...preventable(), url: 'https://example.org/' };
    contents.emit('will-frame-navigate', e);
    expect(e.preventDefault).toHaveBeenCalledOnce();
  });

  it('denies every window.open and new-window request', () => {
    const { contents } = hardened();
    expect(contents.windowOpenHandler).not.toBeNull();
    for (const url of ['https://example.org/', 'ridgeline://app/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
  });

  it('refuses to attach webviews', () => {
    const { contents } = hardened();
    const e = preventable();
    contents.emit('will-attach-webview', e, {}, {});
    expect(e.preventDefault).toHaveBeenCalledOnce();
  });

  it('hardens every web contents the app creates', () => {
    const app = new FakeEmitter();
    hardenApp(app as never, vi.fn());
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.listeners.has('will-navigate')).toBe(true);
    expect(contents.windowOpenHandler).not.toBeNull();
  });
});

describe('session', () => {
  it('denies every permission request and check', () => {
    const session = new FakeSession();
    hardenSession(session as never, vi.fn());
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      session.permissionRequest!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.permissionCheck!({}, permission, 'ridgeline://app', {})).toBe(false);
    }
    expect(session.deviceCheck!({})).toBe(false);
  });

  it('blocks every request that leaves the app origin', () => {
    const session = new FakeSession();
    hardenSession(session as never, vi.fn());
    const verdict = (url: string) => {
      let cancel: boolean | undefined;
      session.beforeRequest!({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(verdict('ridgeline://app/assets/index.js')).toBe(false);
    for (const url of ['https://example.org/x.js', 'http://127.0.0.1/', 'file:///etc/passwd', 'ws://x/', 'data:text/html,hi', 'not a url']) {
      expect(verdict(url), url).toBe(true);
    }
  });

  it('recognises the app scheme only by its exact protocol', () => {
    expect(isAllowedRequestUrl('ridgeline://app/')).toBe(true);
    expect(isAllowedRequestUrl('ridgelinex://app/')).toBe(false);
    expect(isAllowedRequestUrl('https://ridgeline/')).toBe(false);
  });
});
