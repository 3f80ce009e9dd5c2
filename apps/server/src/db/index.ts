export { openStore, redactUrl } from './connect.js';
export type { StoreOptions, OpenStoreHooks } from './connect.js';
export { migrationsFolder, readMigrationStatus } from './migrations.js';
export { rows } from './raw.js';
export { newId, seededIdFactory, isId, idPrefixes } from './ids.js';
export type { IdFactory, IdKind } from './ids.js';
export type { Db, Tx, Executor, Store, Driver, MigrationStatus, Schema } from './types.js';
export * from './schema/index.js';
