import { defineConfig } from 'drizzle-kit';

// Generation only needs the schema; no database is contacted.
export default defineConfig({
  dialect: 'postgresql',
  schema: './apps/server/src/db/schema/index.ts',
  out: './apps/server/drizzle',
  casing: 'snake_case',
  strict: true,
});
