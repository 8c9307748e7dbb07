import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL } from '../../preload/contract';
import { registerIpc } from '../../main/electron/ipc';
import { checkSender } from '../../main/electron/sender';
import { FakeWebContents, type FakeFrame } from './fakes';

vi.mock('electron', () => ({}));

function setUp() {
  const handlers = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  const ipcMain = { handle: (channel: string, handler: (...args: unknown[]) => Promise<unknown>) => handlers.set(channel, handler) };
  const host = { invoke: vi.fn(async (method: unknown) => ({ ok: true as const, value: method })) };
  const window = new FakeWebContents();
  const log = vi.fn();
  registerIpc(ipcMain as never, host, () => window as never, log);
  const handler = handlers.get(IPC_CHANNEL)!;
  return { handler, host, window, log };
}

describe('IPC sender checks', () => {
  it('listens on the single contract channel only', () => {
    const handlers: string[] = [];
    registerIpc({ handle: (c: string) => handlers.push(c) } as never, { invoke: vi.fn() }, () => null, vi.fn());
    expect(handlers).toEqual([IPC_CHANNEL]);
  });

  it('passes a call from the main frame of our window to the API host', async () => {
    const { handler, host, window } = setUp();
    const result = await handler({ sender: window, senderFrame: window.mainFrame }, 'cases.list', {});
    expect(result).toEqual({ ok: true, value: 'cases.list' });
    expect(host.invoke).toHaveBeenCalledWith('cases.list', {});
  });

  it.each<[string, (w: FakeWebContents) => { sender: unknown; senderFrame: FakeFrame | null }]>([
    ['another web contents', () => ({ sender: new FakeWebContents(), senderFrame: { url: 'ridgeline://app/index.html', parent: null } })],
    ['a sub-frame of our window', (w) => ({ sender: w, senderFrame: { url: 'ridgeline://app/index.html', parent: w.mainFrame } })],
    ['a detached frame', (w) => ({ sender: w, senderFrame: null })],
    ['a foreign frame object', (w) => ({ sender: w, senderFrame: { url: 'ridgeline://app/index.html', parent: null } })],
  ])('refuses %s and never reaches the host', async (_name, event) => {
    const { handler, host, window, log } = setUp();
    const result = await handler(event(window), 'cases.list', {});
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
    expect(host.invoke).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('ipc-sender-refused', expect.objectContaining({ method: 'cases.list' }));
  });

  it.each(['https://evil.example/', 'file:///tmp/x.html', 'ridgeline://other/index.html', 'about:blank', 'garbage'])(
    'refuses the main frame when it shows %s',
    async (url) => {
      const { handler, host, window } = setUp();
      window.mainFrame.url = url;
      const result = (await handler({ sender: window, senderFrame: window.mainFrame }, 'cases.list', {})) as { ok: boolean };
      expect(result.ok).toBe(false);
      expect(host.invoke).not.toHaveBeenCalled();
    },
  );

  it('refuses everything once the window is destroyed', () => {
    const window = new FakeWebContents();
    window.destroyed = true;
    expect(checkSender({ sender: window, senderFrame: window.mainFrame } as never, window as never).trusted).toBe(false);
  });

  it('turns a host exception into a typed internal error without a stack', async () => {
    const { handler, host, window } = setUp();
    host.invoke.mockRejectedValueOnce(new Error('boom at /secret/path.ts:12'));
    const result = await handler({ sender: window, senderFrame: window.mainFrame }, 'cases.list', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.not.stringContaining('secret') } });
  });
});
