import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import type { Config } from '../config/index.js';
import { loadConfig } from '../config/index.js';
import { openStore, redactUrl, rows } from '../db/index.js';
import { hasCustomers } from '../demo-bank/index.js';
import { isAppError } from '../errors/index.js';
import { storeOptions } from './runtime.js';

export type CheckStatus = 'ok' | 'warn' | 'fail';

export interface Check {
  name: string;
  status: CheckStatus;
  detail: string;
  /** What to do about it, for anything not ok. */
  fix?: string;
}

const minimumNode = [20, 19] as const;
const minimumPostgres = 14;

/**
 * `bankdesk doctor`: what this machine has, what is missing, and how to get it. Required parts
 * fail the command; optional ones (Chromium for browser tests) only warn.
 */
export async function runDoctor(
  env: Record<string, string | undefined> = process.env,
): Promise<Check[]> {
  const checks: Check[] = [checkNode()];
  let config: Config;
  try {
    config = loadConfig(env);
    checks.push({ name: 'configuration', status: 'ok', detail: `${config.mode} mode` });
  } catch (error) {
    checks.push({
      name: 'configuration',
      status: 'fail',
      detail: isAppError(error) ? error.message : String(error),
      fix: 'fix the variables named above; the README lists every one with its default',
    });
    return checks;
  }
  checks.push(checkSecret(config));
  checks.push(checkSms(config));
  checks.push(await checkDatabase(config));
  checks.push(await checkPort(config));
  checks.push(await checkChromium(config.chromiumPath));
  return checks;
}

function checkNode(): Check {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  const ok = major > minimumNode[0] || (major === minimumNode[0] && minor >= minimumNode[1]);
  return ok
    ? { name: 'node', status: 'ok', detail: `${process.versions.node}` }
    : {
        name: 'node',
        status: 'fail',
        detail: `${process.versions.node} is too old`,
        fix: `install Node.js ${minimumNode.join('.')} or newer (https://nodejs.org)`,
      };
}

function checkSecret(config: Config): Check {
  if (config.secret) return { name: 'secret', status: 'ok', detail: 'BANKDESK_SECRET is set' };
  const file = path.join(config.dataDir, 'secret.key');
  return fs.existsSync(file)
    ? { name: 'secret', status: 'ok', detail: `sandbox secret in ${file}` }
    : {
        name: 'secret',
        status: 'ok',
        detail: `a sandbox secret will be generated into ${file} on first start`,
      };
}

function checkSms(config: Config): Check {
  const sms = config.sms;
  if (sms.provider === 'sandbox') {
    return {
      name: 'sms',
      status: config.mode === 'production' ? 'fail' : 'ok',
      detail: `sandbox: texts go to the outbox${sms.console ? ' and the console' : ''}, never to a phone`,
    };
  }
  const where =
    sms.provider === 'twilio'
      ? (sms.apiBaseUrl ?? 'api.twilio.com')
      : `SNS in ${sms.region}${sms.endpoint ? ` via ${sms.endpoint}` : ''}`;
  return {
    name: 'sms',
    status: 'ok',
    detail: `${sms.provider}: configured (${where}); not contacted by doctor`,
  };
}

async function checkDatabase(config: Config): Promise<Check> {
  const db = config.database;
  const label =
    db.driver === 'pglite'
      ? `embedded PGlite in ${db.dataDir}`
      : `PostgreSQL at ${redactUrl(db.url)}`;
  if (db.driver === 'pglite') {
    const lock = path.join(path.dirname(db.dataDir), 'bankdesk.lock');
    if (fs.existsSync(lock)) {
      const pid = fs.readFileSync(lock, 'utf8').trim();
      if (isAlive(Number(pid))) {
        return {
          name: 'database',
          status: 'ok',
          detail: `${label}: in use by a running bankdesk (pid ${pid})`,
        };
      }
    }
    if (!fs.existsSync(path.join(db.dataDir, 'PG_VERSION'))) {
      return { name: 'database', status: 'ok', detail: `${label}: will be created on first start` };
    }
  }
  let store;
  try {
    store = await openStore(storeOptions(config));
  } catch (error) {
    return {
      name: 'database',
      status: 'fail',
      detail: `${label}: ${isAppError(error) ? error.message : String(error)}`,
      fix:
        db.driver === 'postgres'
          ? 'start PostgreSQL (or correct DATABASE_URL); unset DATABASE_URL to use the embedded database'
          : 'remove the data folder to start afresh, or set DATABASE_URL',
    };
  }
  try {
    const [row] = await rows<{ version: string }>(store.db, sql`SHOW server_version`);
    const major = Number.parseInt(row?.version ?? '0', 10);
    if (db.driver === 'postgres' && major < minimumPostgres) {
      return {
        name: 'database',
        status: 'fail',
        detail: `${label}: PostgreSQL ${row?.version} is too old`,
        fix: `use PostgreSQL ${minimumPostgres} or newer`,
      };
    }
    const migrations = await store.migrationStatus();
    const seeded = migrations.applied > 0 && (await hasCustomers(store.db));
    const pending = migrations.expected - migrations.applied;
    return {
      name: 'database',
      status: 'ok',
      detail:
        `${label}: PostgreSQL ${row?.version}, ${migrations.applied} of ${migrations.expected} migrations applied` +
        (pending > 0 ? ` (${pending} will be applied on start)` : '') +
        (seeded ? ', holds customers' : ', no customers yet'),
    };
  } finally {
    await store.close();
  }
}

async function checkPort(config: Config): Promise<Check> {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ host: config.http.host, port: config.http.port }, () =>
      server.close(() => resolve(true)),
    );
  });
  return free
    ? { name: 'port', status: 'ok', detail: `${config.http.host}:${config.http.port} is free` }
    : {
        name: 'port',
        status: 'warn',
        detail: `${config.http.host}:${config.http.port} is taken (a running bankdesk, or another program)`,
        fix: 'stop that program or set PORT',
      };
}

async function checkChromium(chromiumPath: string): Promise<Check> {
  try {
    const { stdout } = await promisify(execFile)(chromiumPath, ['--version'], { timeout: 15_000 });
    return { name: 'chromium (optional)', status: 'ok', detail: stdout.trim() };
  } catch {
    return {
      name: 'chromium (optional)',
      status: 'warn',
      detail: `not found at ${chromiumPath}; only the browser tests need it`,
      fix: 'apt-get install -y chromium (Debian/Ubuntu), or set BANKDESK_CHROMIUM_PATH',
    };
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function formatChecks(checks: Check[]): string {
  const mark: Record<CheckStatus, string> = { ok: '✓', warn: '!', fail: '✗' };
  return checks
    .map(
      (c) =>
        `${mark[c.status]} ${c.name.padEnd(20)} ${c.detail}${c.fix ? `\n  ${' '.repeat(20)} → ${c.fix}` : ''}`,
    )
    .join('\n');
}
