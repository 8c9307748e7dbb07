// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../renderer/src/api/client';
import { ApiError, describeError } from '../../renderer/src/api/errors';
import { installFakeBridge, ok } from './fake-bridge';

afterEach(() => {
  delete window.ridgeline;
});

describe('API client', () => {
  it('resolves with the method result', async () => {
    const calls = installFakeBridge({ 'cases.list': ok([]) });
    await expect(call('cases.list', {})).resolves.toEqual([]);
    expect(calls).toEqual([{ method: 'cases.list', args: {} }]);
  });

  it('throws the typed error main answered with', async () => {
    installFakeBridge({ 'cases.get': { ok: false, error: { code: 'not-found', message: 'Case c_9 was not found', details: { id: 'c_9' } } } });
    const error = await call('cases.get', { caseId: 'c_9' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'not-found', message: 'Case c_9 was not found', details: { id: 'c_9' } });
  });

  it('turns a missing bridge, a rejected call or a malformed answer into an internal error', async () => {
    await expect(call('cases.list', {})).rejects.toMatchObject({ code: 'internal' });
    window.ridgeline = { invoke: () => Promise.reject(new Error('ipc exploded at /x.ts:1')) };
    await expect(call('cases.list', {})).rejects.toMatchObject({ code: 'internal', message: expect.not.stringContaining('/x.ts') });
    window.ridgeline = { invoke: async () => ({ nonsense: true }) as never };
    await expect(call('cases.list', {})).rejects.toMatchObject({ code: 'internal' });
  });

  it('describes unknown errors generically', () => {
    expect(describeError(new ApiError('conflict', 'Case is closed'))).toBe('Case is closed');
    expect(describeError(new TypeError('x is undefined'))).not.toContain('undefined');
  });
});
