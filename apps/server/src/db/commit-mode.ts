import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';

/**
 * A condition (always true) that lets the statement's own transaction commit without waiting for
 * the disk. Only for a single statement outside `transaction()`, and only when the caller commits
 * durably afterwards, before anyone learns of this write: PostgreSQL writes its log in order, so
 * flushing that later commit flushes this one too, and a crash before then loses both together
 * while nothing has been answered yet.
 *
 * Why it matters: a turn commits up to three times, and an audit append holds the chain's head
 * row until its commit is on disk. One slow flush then stalls every other turn's append behind
 * it, and they drain one flush at a time. Committed this way the head row is free as soon as the
 * record is written, and the turn's last commit waits for the disk for all of them at once.
 * `set_config(…, true)` lasts until the end of the transaction, which here is this statement's:
 * the pooled connection keeps its setting for the next query.
 */
export const commitWithoutFlush: SQL = sql`set_config('synchronous_commit', 'off', true) = 'off'`;
