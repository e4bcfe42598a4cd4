import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD_COST } from '../../test/test-content';
import { hashPassword, PASSWORD_COST, verifyAgainstDecoy, verifyPassword } from './passwords';

const PASSWORD = 'correct horse battery staple';

describe('hashPassword', () => {
  it('uses scrypt at N = 2^17, r = 8, p = 1 unless told otherwise', () => {
    // Hashing at this cost takes a noticeable fraction of a second, so the tests check the constant and hash cheaply.
    expect(PASSWORD_COST).toEqual({ N: 2 ** 17, r: 8, p: 1 });
  });

  it('stores the scheme and its cost beside a random salt and the key, never the password', async () => {
    const stored = await hashPassword(PASSWORD, TEST_PASSWORD_COST);
    const [scheme, n, r, p, salt, key, ...rest] = stored.split('$');

    expect([scheme, n, r, p]).toEqual(['scrypt', '1024', '8', '1']);
    expect(Buffer.from(salt ?? '', 'base64')).toHaveLength(16);
    expect(Buffer.from(key ?? '', 'base64')).toHaveLength(64);
    expect(rest).toEqual([]);
    expect(stored).not.toContain(PASSWORD);
  });

  it('salts each hash afresh, so the same password never hashes the same twice', async () => {
    const first = await hashPassword(PASSWORD, TEST_PASSWORD_COST);
    const second = await hashPassword(PASSWORD, TEST_PASSWORD_COST);

    expect(first).not.toBe(second);
    expect(first.split('$')[4]).not.toBe(second.split('$')[4]);
  });
});

describe('verifyPassword', () => {
  it('accepts the password that was hashed and refuses any other', async () => {
    const stored = await hashPassword(PASSWORD, TEST_PASSWORD_COST);

    expect(await verifyPassword(PASSWORD, stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
    expect(await verifyPassword(PASSWORD.toUpperCase(), stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('checks each hash at the cost it was made with, so the cost can be raised without locking anyone out', async () => {
    const older = await hashPassword(PASSWORD, TEST_PASSWORD_COST);
    const newer = await hashPassword(PASSWORD, { N: 4096, r: 8, p: 2 });

    expect(newer.split('$').slice(1, 4)).toEqual(['4096', '8', '2']);
    expect(await verifyPassword(PASSWORD, older)).toBe(true);
    expect(await verifyPassword(PASSWORD, newer)).toBe(true);
    expect(await verifyPassword('not the password', newer)).toBe(false);
  });

  it('treats the same text typed in composed or decomposed Unicode as the same password', async () => {
    const composed = 'caf\u00e9 au lait please';
    const decomposed = 'cafe\u0301 au lait please';
    const stored = await hashPassword(composed, TEST_PASSWORD_COST);

    expect(await verifyPassword(decomposed, stored)).toBe(true);
  });

  it('never matches a malformed stored hash, and never throws over one', async () => {
    const good = await hashPassword(PASSWORD, TEST_PASSWORD_COST);
    const [, , , , salt = '', key = ''] = good.split('$');
    const malformed = [
      '',
      'scrypt',
      PASSWORD,
      `bcrypt$1024$8$1$${salt}$${key}`,
      `scrypt$1024$8$1$${salt}`,
      `scrypt$abc$8$1$${salt}$${key}`,
      `scrypt$0$8$1$${salt}$${key}`,
      `scrypt$-1024$8$1$${salt}$${key}`,
      `scrypt$1024.5$8$1$${salt}$${key}`,
      // scrypt needs N to be a power of two; any other value must count as a bad hash, not a crash.
      `scrypt$1000$8$1$${salt}$${key}`,
      // A key cut short cannot match, whatever its first bytes.
      `scrypt$1024$8$1$${salt}$${key.slice(0, 20)}`,
      `scrypt$1024$8$1$${salt}$`,
    ];

    for (const stored of malformed) {
      await expect(verifyPassword(PASSWORD, stored), stored).resolves.toBe(false);
    }
  });
});

describe('verifyAgainstDecoy', () => {
  it('does the work of a check and always refuses, even the password it might have been made from', async () => {
    expect(await verifyAgainstDecoy(PASSWORD, TEST_PASSWORD_COST)).toBe(false);
    expect(await verifyAgainstDecoy('', TEST_PASSWORD_COST)).toBe(false);
  });
});
