import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors/index.js';

/**
 * PGlite is a single-process database: a second process opening the same folder corrupts it.
 * A lock file holding our pid keeps a second `bankdesk` off the folder and names the one that
 * has it. Written here rather than taken from a library because we need the pid check for
 * stale locks (a crashed process leaves its file behind), which the common lock libraries
 * replace with mtime heartbeats that a paused laptop can fool.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'bankdesk.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx', mode: 0o600 });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        fs.rmSync(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readOrEmpty(lockPath), 10);
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
        throw new AppError(
          'DB_LOCKED',
          `the embedded database in ${dataDir} is in use by another bankdesk process (pid ${holder}); stop it first, or set DATABASE_URL to share a PostgreSQL server`,
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new AppError('DB_LOCKED', `could not lock the embedded database in ${dataDir}`);
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
