import { describe, expect, it } from 'vitest';
import { publicBaseUrl, publicUrlWarning, readEnv } from './env';

describe('LOG_LEVEL', () => {
  it('is info unless set, and takes each level by name', () => {
    expect(readEnv({}).LOG_LEVEL).toBe('info');
    for (const level of ['debug', 'info', 'warn', 'error', 'silent']) expect(readEnv({ LOG_LEVEL: level }).LOG_LEVEL).toBe(level);
  });

  it('refuses anything else, naming the choices', () => {
    expect(() => readEnv({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL: Set LOG_LEVEL to one of debug, info, warn, error, silent/);
  });
});

describe('the address people use', () => {
  it('is PUBLIC_URL when set, else this server’s configured HOST and PORT', () => {
    expect(publicBaseUrl(readEnv({ PUBLIC_URL: 'https://portfolio.example.gov.uk' }))).toBe('https://portfolio.example.gov.uk');
    expect(publicBaseUrl(readEnv({}))).toBe('http://localhost:3000');
    expect(publicBaseUrl(readEnv({ HOST: '0.0.0.0', PORT: '8080' }))).toBe('http://0.0.0.0:8080');
    expect(publicBaseUrl(readEnv({ HOST: '::1' }))).toBe('http://[::1]:3000');
  });

  it('is warned about at start when HOST reaches beyond this machine and PUBLIC_URL is unset', () => {
    for (const HOST of ['localhost', 'LOCALHOST', '127.0.0.1', '::1']) expect(publicUrlWarning(readEnv({ HOST })), HOST).toBeNull();
    expect(publicUrlWarning(readEnv({ HOST: '0.0.0.0', PUBLIC_URL: 'https://portfolio.example.gov.uk' }))).toBeNull();

    for (const HOST of ['0.0.0.0', '::', '192.168.1.20', 'portfolio.internal']) {
      expect(publicUrlWarning(readEnv({ HOST })), HOST).toContain('PUBLIC_URL is not set');
    }
  });
});

describe('DATABASE_POOL_SIZE', () => {
  it('is 10 connections unless set', () => {
    expect(readEnv({}).DATABASE_POOL_SIZE).toBe(10);
    expect(readEnv({ DATABASE_POOL_SIZE: '25' }).DATABASE_POOL_SIZE).toBe(25);
  });

  it.each(['0', '2.5', 'many', '101'])('refuses %s with a message that says what to set', (value) => {
    expect(() => readEnv({ DATABASE_POOL_SIZE: value })).toThrow(/DATABASE_POOL_SIZE: Set DATABASE_POOL_SIZE to a whole number of connections, 1 to 100/);
  });
});
