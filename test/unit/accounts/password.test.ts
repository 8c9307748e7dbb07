import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, DEFAULT_KDF, hashPassword, verifyPassword } from '../../../main/core/accounts/password';

describe('password hashing (scrypt)', () => {
  it('stores the memory-hard parameters with a random salt', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).not.toBe(b);
    const [scheme, n, r, p, salt, hash] = a.split('$');
    expect([scheme, Number(n), Number(r), Number(p)]).toEqual(['scrypt', DEFAULT_KDF.N, DEFAULT_KDF.r, DEFAULT_KDF.p]);
    expect(DEFAULT_KDF.N).toBeGreaterThanOrEqual(2 ** 15);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(hash!, 'base64')).toHaveLength(32);
  });

  it('verifies the right password only', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('verifies hashes made with other parameters (they can be raised later)', async () => {
    const stored = await hashPassword('another secret pw', { N: 2 ** 14, r: 8, p: 2 });
    expect(stored.startsWith('scrypt$16384$8$2$')).toBe(true);
    expect(await verifyPassword('another secret pw', stored)).toBe(true);
  });

  it('treats a malformed stored hash as no match rather than crashing', async () => {
    expect(await verifyPassword('x', 'bcrypt$whatever')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$1$2')).toBe(false);
  });

  it('normalises Unicode so the same password typed differently matches', async () => {
    const stored = await hashPassword('caf\u00e9 au lait 42');
    expect(await verifyPassword('cafe\u0301 au lait 42', stored)).toBe(true);
  });

  it('enforces length and refuses the username inside the password', () => {
    expect(() => checkPasswordPolicy('short')).toThrowError(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => checkPasswordPolicy('x'.repeat(257))).toThrowError(expect.objectContaining({ code: 'invalid-argument' }));
    expect(() => checkPasswordPolicy('my-name-is-alice!', 'Alice')).toThrowError(/username/);
    expect(() => checkPasswordPolicy('a perfectly fine one', 'alice')).not.toThrow();
  });
});
