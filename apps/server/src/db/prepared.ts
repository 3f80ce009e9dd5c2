import type { Executor } from './types.js';

const built = new WeakMap<Executor, Map<string, unknown>>();

/**
 * A query built once per database handle and kept. Drizzle turns its query objects into SQL text
 * on every run, and for the statements every turn makes that was the largest share of the
 * server's CPU after the network (see docs/PERFORMANCE.md). A prepared query skips that, and on
 * PostgreSQL `name` also makes it a server-side statement parsed once per connection.
 *
 * Inside a transaction the handle is new each time, so there is nothing to reuse: the hot
 * queries built here run on the database itself.
 */
export function preparedOnce<T>(db: Executor, name: string, build: (name: string) => T): T {
  let queries = built.get(db);
  if (!queries) {
    queries = new Map();
    built.set(db, queries);
  }
  let query = queries.get(name) as T | undefined;
  if (query === undefined) {
    query = build(name);
    queries.set(name, query);
  }
  return query;
}
