import { DriverException, UniqueConstraintViolationException } from '@mikro-orm/core';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/db/availability.js';
import { freePort } from '../../src/db/embedded.js';

/** A server error as node-postgres raises it. */
function serverError(code: string, message: string): Error {
  const error = new pg.DatabaseError(message, message.length, 'error');
  error.code = code;
  return error;
}

describe('which database errors mean "try again shortly" (SERVICE_UNAVAILABLE)', () => {
  it('a server that is stopping, starting, recovering or full, by SQLSTATE, also wrapped by MikroORM', () => {
    for (const [code, message] of [
      ['57P01', 'terminating connection due to administrator command'],
      ['57P02', 'terminating connection because of crash of another server process'],
      ['57P03', 'the database system is shutting down'],
      ['57P03', 'the database system is starting up'],
      ['57P03', 'the database system is not yet accepting connections'],
      ['08006', 'connection failure'],
      ['53300', 'sorry, too many clients already'],
    ] as const) {
      expect(isDatabaseUnavailable(serverError(code, message)), code).toBe(true);
      expect(isDatabaseUnavailable(new DriverException(serverError(code, `insert into feedback … - ${message}`))), code).toBe(true);
    }
  });

  it('a refused connection, as node-postgres really reports it', async () => {
    const client = new pg.Client({ host: '127.0.0.1', port: await freePort(), user: 'nobody', database: 'none' });
    const error = await client.connect().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeDefined();
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isDatabaseUnavailable(new Error('request failed', { cause: error }))).toBe(true);
  });

  it('the driver and pool messages that come without a code', () => {
    for (const message of [
      'Connection terminated unexpectedly',
      'COMMIT; - Client has encountered a connection error and is not queryable',
      'Client was closed and is not queryable',
      'timeout exceeded when trying to connect',
      'Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?',
      'Unable to acquire a connection',
      'Transaction query already complete, run with DEBUG=knex:tx for more info',
    ]) {
      expect(isDatabaseUnavailable(new Error(message)), message).toBe(true);
    }
    const timeout = Object.assign(new Error('Knex: Timeout acquiring a connection.'), { name: 'KnexTimeoutError' });
    expect(isDatabaseUnavailable(timeout)).toBe(true);
  });

  it('not our bugs or the caller’s mistakes: they stay what they are', () => {
    const unique = serverError('23505', 'duplicate key value violates unique constraint "feedback_receipt_code_unique"');
    expect(isDatabaseUnavailable(unique)).toBe(false);
    expect(isDatabaseUnavailable(new UniqueConstraintViolationException(unique))).toBe(false);
    expect(isDatabaseUnavailable(serverError('42601', 'syntax error at or near "selec"'))).toBe(false);
    expect(isDatabaseUnavailable(serverError('42P01', 'relation "x" does not exist'))).toBe(false);
    // A SQLSTATE decides even when the text happens to mention a connection.
    expect(isDatabaseUnavailable(serverError('P0001', 'Connection terminated by the user'))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
  });
});
