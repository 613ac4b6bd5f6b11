// Queries that run on every push, built and compiled by Kysely once per database instead of on every
// batch (SPEC PUSH-2, PULL-1 need them in each push transaction; building and compiling a small query
// costs several times what SQLite takes to run it). The SQL stays Kysely's, so it is still right for
// each dialect; only the parameters change from one run to the next.
import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type { DatabaseSchema } from './database-schema';

/**
 * The SQL of `query`, after checking that its parameters are exactly `parameters`, in order: then the
 * SQL can be run again with other values in their places.
 */
export const sqlOf = (query: Compilable<unknown>, parameters: readonly unknown[]): string => {
  const compiled = query.compile();
  const isSameOrder =
    compiled.parameters.length === parameters.length &&
    compiled.parameters.every((parameter, index) => Object.is(parameter, parameters[index]));
  if (!isSameOrder) throw new Error('A prepared query does not use its parameters once each, in order.');
  return compiled.sql;
};

/**
 * Wraps `build` so that its SQL is compiled once per Kysely instance (by its adapter, which decides
 * the dialect) and then run with new parameters.
 *
 * `build` must give the same SQL whatever the parameters, and use each of them once, as a value, in
 * the order given: then the compiled parameters are exactly the ones passed. That is checked when the
 * SQL is first compiled, so a query that does not keep the promise fails at once rather than running
 * with its parameters misplaced.
 */
export const preparedQuery = <Parameters extends readonly unknown[], Row>(
  build: (db: Kysely<DatabaseSchema>, ...parameters: Parameters) => Compilable<Row>,
) => {
  const sqlByAdapter = new WeakMap<object, string>();
  return async (db: Kysely<DatabaseSchema>, ...parameters: Parameters): Promise<Row[]> => {
    const adapter = db.getExecutor().adapter;
    let sql = sqlByAdapter.get(adapter);
    if (sql === undefined) {
      sql = sqlOf(build(db, ...parameters), parameters);
      sqlByAdapter.set(adapter, sql);
    }
    // A compiled query's row type is a type parameter only, so the raw query takes `build`'s.
    const query: CompiledQuery<Row> = CompiledQuery.raw(sql, [...parameters]);
    return (await db.executeQuery(query)).rows;
  };
};
