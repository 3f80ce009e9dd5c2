import type { Config } from '../config/index.js';
import { describeSeed, hasCustomers, resetDatabase, seedDemoBank } from '../demo-bank/index.js';
import { AppError } from '../errors/index.js';
import type { Progress } from './progress.js';
import { loadKeys, openConfiguredStore, prepareDatabase } from './runtime.js';

/**
 * `bankdesk seed [--reset]`: seeds the demo bank into an empty database; with --reset, empties
 * every table first. Refused in production, where the data is real.
 */
export async function seedCommand(
  config: Config,
  options: { reset: boolean },
  progress: Progress,
  out: (line: string) => void,
): Promise<void> {
  if (config.mode === 'production') {
    throw new AppError('FORBIDDEN', 'the demo bank is never seeded in production mode');
  }
  const opening = progress.step('opening the database');
  const store = await openConfiguredStore(config, { progress: progress.note });
  try {
    opening(store.driver);
    await prepareDatabase(store, progress.note);
    const keys = loadKeys(config);
    await store.withExclusiveLock('seed', async () => {
      if (options.reset) {
        const done = progress.step('dropping every table and migrating afresh');
        await resetDatabase(store);
        done();
      } else if (await hasCustomers(store.db)) {
        out('the database already holds customers; nothing seeded (use --reset to start over)');
        return;
      }
      const done = progress.step('seeding the demo bank');
      const summary = await seedDemoBank(store.db, {
        timeZone: config.timeZone,
        pepper: keys.derive('kba-pepper'),
        progress: progress.note,
      });
      done();
      out(describeSeed(summary));
    });
  } finally {
    await store.close();
  }
}

/** `bankdesk migrate`: applies pending migrations and exits (for deploy pipelines). */
export async function migrateCommand(
  config: Config,
  progress: Progress,
  out: (line: string) => void,
): Promise<void> {
  const store = await openConfiguredStore(config, { progress: progress.note });
  try {
    await prepareDatabase(store, out);
  } finally {
    await store.close();
  }
}
