import { databaseFailure } from '../../src/graphql/errors';

describe('databaseFailure', () => {
  it('recognises an outage however the driver wraps it', () => {
    expect(databaseFailure({ code: 'ECONNREFUSED', message: '' })?.reason).toBe('DATABASE_UNAVAILABLE');
    expect(databaseFailure(new Error('Client has encountered a connection error and is not queryable'))?.reason).toBe(
      'DATABASE_UNAVAILABLE',
    );
    expect(databaseFailure(new Error('query failed', { cause: { code: '57P01' } }))?.reason).toBe('DATABASE_UNAVAILABLE');
    const released = Object.assign(new Error('Query runner already released. Cannot run queries anymore.'), {
      name: 'QueryRunnerAlreadyReleasedError',
    });
    expect(databaseFailure(released)?.reason).toBe('DATABASE_UNAVAILABLE');
    // Seen in CI: signUp's second statement, through the transaction's EntityManager.
    const providerReleased = Object.assign(
      new Error(
        'Database connection provided by a query runner was already released, cannot continue to use its querying methods anymore.',
      ),
      { name: 'QueryRunnerProviderAlreadyReleasedError' },
    );
    expect(databaseFailure(providerReleased)?.reason).toBe('DATABASE_UNAVAILABLE');
    expect(databaseFailure({ code: '57014' })?.reason).toBe('STATEMENT_TIMEOUT');
  });

  it('leaves other errors alone', () => {
    expect(databaseFailure(new Error('duplicate key value violates unique constraint'))).toBeNull();
    expect(databaseFailure({ code: '23505' })).toBeNull();
  });
});
