#!/usr/bin/env node
// The `bankdesk` command. A committed launcher rather than the compiled file itself: npm links
// package bins during install, before `prepare` has built dist/, and skips a bin whose file does
// not exist yet.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'error [NOT_BUILT]: bankdesk is not built yet; run `npm run build` in the repository\n',
  );
  process.exit(1);
}
await import(entry.href);
