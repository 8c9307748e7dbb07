// Every IPC call must come from the main frame of our window showing the app
// origin. Frames from anywhere else (an injected iframe, a page that somehow
// navigated, another window) are refused before the API host sees the call.
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { APP_ORIGIN } from '../protocol/resolver';

export type SenderVerdict = { trusted: true } | { trusted: false; reason: string };

export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // Custom standard schemes report origin "null" in WHATWG URL; compose it ourselves.
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

export function checkSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, trusted: WebContents | null): SenderVerdict {
  if (!trusted || trusted.isDestroyed()) return { trusted: false, reason: 'no application window' };
  if (event.sender !== trusted) return { trusted: false, reason: 'sender is not the application window' };
  const frame = event.senderFrame;
  if (!frame) return { trusted: false, reason: 'sender frame is gone' };
  if (frame !== trusted.mainFrame || frame.parent !== null) return { trusted: false, reason: 'sender is not the main frame' };
  if (originOf(frame.url) !== APP_ORIGIN) return { trusted: false, reason: `sender origin ${originOf(frame.url) ?? 'invalid'}` };
  return { trusted: true };
}
