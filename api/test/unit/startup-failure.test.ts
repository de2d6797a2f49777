import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startupFailureLine } from '../../src/common/startup-failure.js';

/** What the person at the terminal reads when the API cannot start (decision record 0030). */
function thrownBy(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

const errno = (code: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(`${code} happened`), { code, ...extra });

describe('the line a failed start prints', () => {
  it('names every wrong variable on one line', () => {
    const line = startupFailureLine(thrownBy(() => loadConfig({ API_PORT: 'x', LOG_LEVEL: 'loud' })));
    expect(line).not.toContain('\n');
    expect(line).toMatch(/^Suara API could not start: the configuration is wrong \(API_PORT="x": .+; LOG_LEVEL="loud": .+\): fix these variables/);
  });

  it('says which port is taken and which variable moves it', () => {
    expect(startupFailureLine(errno('EADDRINUSE', { syscall: 'listen', port: 4000 }))).toBe(
      'Suara API could not start: port 4000 is already in use by another program (another Suara?): stop it, or set API_PORT to a free port.',
    );
  });

  it('names the database server without its password', () => {
    const line = startupFailureLine(errno('28P01'), { databaseUrl: 'postgres://suara:hunter2-secret@db.pemda.go.id:6432/suara' });
    expect(line).toContain('db.pemda.go.id:6432/suara (DATABASE_URL) cannot be used: the password was refused');
    expect(line).not.toContain('hunter2');
  });

  it('withholds quoted values of an unexpected error, and shows no stack', () => {
    const line = startupFailureLine(new Error('invalid input syntax for type uuid: "a citizen\'s words"\n    at somewhere (x.js:1:1)'));
    expect(line).not.toContain("citizen's words");
    expect(line).not.toMatch(/\n|\bat somewhere/);
  });
});
