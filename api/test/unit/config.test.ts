import { describe, expect, it } from 'vitest';
import { ConfigError, demoWanted, loadConfig } from '../../src/config.js';

describe('configuration from the environment', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ API_PORT: 4000, SUARA_DATA_DIR: '.data', SUARA_SUBMIT_RATE_LIMIT: 30 });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(demoWanted(config)).toBe(true);
  });

  it('loads the demo world on an external database only when SUARA_DEMO=1', () => {
    expect(demoWanted(loadConfig({ DATABASE_URL: 'postgres://x@db/suara' }))).toBe(false);
    expect(demoWanted(loadConfig({ DATABASE_URL: 'postgres://x@db/suara', SUARA_DEMO: '1' }))).toBe(true);
    expect(demoWanted(loadConfig({ SUARA_DEMO: '0' }))).toBe(false);
  });

  it('names every wrong variable and why', () => {
    let error: unknown;
    try {
      loadConfig({ API_PORT: 'eighty', DATABASE_URL: 'mysql://db', SUARA_SUBMIT_RATE_LIMIT: '-1', SUARA_SECRET: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/API_PORT="eighty"/);
    expect(message).toMatch(/DATABASE_URL="mysql:\/\/db": must be a postgres/);
    expect(message).toMatch(/SUARA_SUBMIT_RATE_LIMIT="-1"/);
    expect(message).toMatch(/SUARA_SECRET="short": must be at least 32 characters/);
  });

  it('treats an empty variable as unset', () => {
    const config = loadConfig({ DATABASE_URL: '', API_PORT: '' });
    expect(config.API_PORT).toBe(4000);
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('believes X-Forwarded-For from loopback only, unless TRUST_PROXY names more proxies', () => {
    expect(loadConfig({}).TRUST_PROXY).toEqual(['loopback']);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.5,fd00::/8, uniquelocal' }).TRUST_PROXY).toEqual(['127.0.0.1', '10.0.0.5', 'fd00::/8', 'uniquelocal']);
  });

  it('stops at start with TRUST_PROXY named when it is not addresses, CIDRs or the known names', () => {
    for (const [value, reason] of [
      ['lopback', /invalid IP address: lopback/],
      ['10.0.0.0/33', /invalid range on address: 10\.0\.0\.0\/33/],
      ['10.0.0.5,,10.0.0.6', /no empty entry/],
      ['true', /invalid IP address: true/],
    ] as const) {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(ConfigError);
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(new RegExp(`TRUST_PROXY="${value.replace(/[./]/g, '\\$&')}": .*${reason.source}`));
    }
  });
});
