import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

const problemsWith = (environment: Record<string, string>) => {
  const result = loadConfig(environment, '/srv/wardside');
  return result.isOk ? [] : result.error;
};

describe('loadConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(loadConfig({}, '/srv/wardside')).toEqual({
      isOk: true,
      value: {
        port: 8080,
        host: '0.0.0.0',
        dataDirectory: '/srv/wardside/data',
        databaseUrl: undefined,
        logLevel: 'info',
        staticDirectory: '/srv/wardside/dist/client',
      },
    });
  });

  it('reads every variable, resolving relative folders against the working directory', () => {
    const result = loadConfig(
      {
        PORT: '3000',
        HOST: '127.0.0.1',
        DATA_DIR: 'var/wardside',
        DATABASE_URL: 'postgresql://wardside:secret@db.example:5432/wardside',
        LOG_LEVEL: 'debug',
        STATIC_DIR: '/opt/wardside/client',
      },
      '/srv/wardside',
    );
    expect(result).toEqual({
      isOk: true,
      value: {
        port: 3000,
        host: '127.0.0.1',
        dataDirectory: '/srv/wardside/var/wardside',
        databaseUrl: 'postgresql://wardside:secret@db.example:5432/wardside',
        logLevel: 'debug',
        staticDirectory: '/opt/wardside/client',
      },
    });
  });

  it('treats an empty variable as unset', () => {
    const result = loadConfig({ PORT: '', DATABASE_URL: '', LOG_LEVEL: '' }, '/srv/wardside');
    expect(result.isOk && result.value).toMatchObject({
      port: 8080,
      databaseUrl: undefined,
      logLevel: 'info',
    });
  });

  it('accepts postgres:// as well as postgresql://', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/wardside' }).isOk).toBe(true);
  });

  it.each(['abc', '0', '65536', '80.5', '-1', '0x50'])('rejects PORT=%s with a message naming it', (port) => {
    expect(problemsWith({ PORT: port })).toEqual([
      `PORT must be a whole number from 1 to 65535 (got "${port}")`,
    ]);
  });

  it('rejects a HOST with spaces', () => {
    expect(problemsWith({ HOST: 'local host' })).toEqual([
      'HOST must be a host name or IP address to listen on (got "local host")',
    ]);
  });

  it('rejects a blank DATA_DIR or STATIC_DIR', () => {
    expect(problemsWith({ DATA_DIR: '  ', STATIC_DIR: ' ' })).toEqual([
      'DATA_DIR must be a folder path (got "  ")',
      'STATIC_DIR must be a folder path (got " ")',
    ]);
  });

  it('rejects an unknown LOG_LEVEL, listing the levels', () => {
    expect(problemsWith({ LOG_LEVEL: 'verbose' })).toEqual([
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "verbose")',
    ]);
  });

  it('rejects a DATABASE_URL for another database without printing its password', () => {
    const problems = problemsWith({ DATABASE_URL: 'mysql://wardside:hunter2@db/wardside' });
    expect(problems).toEqual([
      'DATABASE_URL must start with postgres:// or postgresql:// (got a value starting with "mysql:")',
    ]);
    expect(problems.join()).not.toContain('hunter2');
  });

  it('rejects a DATABASE_URL that is not a URL at all', () => {
    expect(problemsWith({ DATABASE_URL: 'hunter2' })).toEqual([
      'DATABASE_URL must start with postgres:// or postgresql:// (got a value that is not a URL)',
    ]);
  });

  it('reports every bad variable at once, one message each', () => {
    expect(problemsWith({ PORT: 'abc', LOG_LEVEL: 'loud', HOST: 'a b' })).toHaveLength(3);
  });
});
