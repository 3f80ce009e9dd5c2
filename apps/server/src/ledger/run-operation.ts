import type { ErrorCode } from '@bankdesk/contracts';
import { and, eq } from 'drizzle-orm';
import { idempotencyKeys } from '../db/index.js';
import type { Db, Tx } from '../db/index.js';
import { AppError, isAppError } from '../errors/index.js';
import { canonicalJson, sha256Hex } from '../domain/index.js';

export interface OperationOptions {
  /** Whose key space this is, e.g. the customer id. */
  scope: string;
  /** Names the operation; part of the request hash so one key cannot replay another kind. */
  operation: string;
  /** The request as the caller sent it; a retry must send the same one. */
  request: unknown;
  idempotencyKey?: string | undefined;
}

export interface OperationResult<T> {
  result: T;
  /** True when this is a stored answer to an earlier call with the same key. */
  replayed: boolean;
}

type Stored<T> = { ok: true; result: T } | { ok: false; code: ErrorCode; message: string };

const retryableSqlStates = new Set(['40001', '40P01']);
const maxAttempts = 4;

/**
 * Runs one money operation as one database transaction.
 *
 * With an idempotency key, the key's row is inserted first: a concurrent retry blocks on that
 * insert until the first attempt commits, then reads its stored answer. A refusal raised as an
 * `AppError` (insufficient funds, account closed…) is stored too, inside the same transaction
 * after rolling back to a savepoint, so a retry gets the same refusal instead of a second try.
 * Anything else rolls the whole transaction back — the key included — so nothing is lost and a
 * retry runs again from scratch.
 */
export async function runOperation<T>(
  db: Db,
  options: OperationOptions,
  work: (tx: Tx) => Promise<T>,
): Promise<OperationResult<T>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptOnce(db, options, work);
    } catch (error) {
      if (attempt < maxAttempts && retryableSqlStates.has(sqlState(error) ?? '')) continue;
      throw error;
    }
  }
}

async function attemptOnce<T>(
  db: Db,
  options: OperationOptions,
  work: (tx: Tx) => Promise<T>,
): Promise<OperationResult<T>> {
  const key = options.idempotencyKey;
  if (key === undefined) {
    return { result: toJson(await db.transaction((tx) => work(tx))), replayed: false };
  }
  validateKey(key);
  const requestHash = sha256Hex(
    canonicalJson({ operation: options.operation, request: options.request }),
  );

  const outcome = await db.transaction(
    async (tx): Promise<{ stored: Stored<T>; replayed: boolean }> => {
      const inserted = await tx
        .insert(idempotencyKeys)
        .values({ scope: options.scope, key, operation: options.operation, requestHash })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key });

      if (inserted.length === 0) {
        const [existing] = await tx
          .select()
          .from(idempotencyKeys)
          .where(and(eq(idempotencyKeys.scope, options.scope), eq(idempotencyKeys.key, key)));
        if (!existing || existing.requestHash !== requestHash || existing.response == null) {
          throw new AppError(
            'IDEMPOTENCY_KEY_REUSED',
            'this idempotency key was already used for a different request',
          );
        }
        return { stored: existing.response as Stored<T>, replayed: true };
      }

      let stored: Stored<T>;
      try {
        // Stored and fresh answers must look the same, so the fresh one takes the JSON round trip too.
        stored = { ok: true, result: toJson(await tx.transaction((inner) => work(inner as Tx))) };
      } catch (error) {
        if (!isAppError(error)) throw error;
        stored = { ok: false, code: error.code, message: error.message };
      }
      await tx
        .update(idempotencyKeys)
        .set({ response: stored, completedAt: new Date() })
        .where(and(eq(idempotencyKeys.scope, options.scope), eq(idempotencyKeys.key, key)));
      return { stored, replayed: false };
    },
  );

  if (!outcome.stored.ok) throw new AppError(outcome.stored.code, outcome.stored.message);
  return { result: outcome.stored.result, replayed: outcome.replayed };
}

function toJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function validateKey(key: string): void {
  if (!/^[A-Za-z0-9_.:-]{8,128}$/.test(key)) {
    throw new AppError(
      'INVALID_INPUT',
      'an idempotency key is 8 to 128 characters of letters, digits and _ . : -',
    );
  }
}

function sqlState(error: unknown): string | undefined {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}
