import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile, report, round } from './support.js';
import type { BenchRow } from './support.js';

const cli = path.resolve(import.meta.dirname, '../apps/server/dist/main.js');

/** Milliseconds from spawning `bankdesk serve` to the first 200 from /readyz. */
async function timeToReady(cwd: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [cli, 'serve'], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', LOG_FORMAT: 'json' },
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  try {
    for (;;) {
      const url = /listening on (http:\/\/[^\s"]+)/.exec(output)?.[1];
      if (url) {
        const response = await fetch(`${url}/readyz`).catch(() => null);
        if (response?.status === 200) return performance.now() - started;
      }
      if (child.exitCode !== null) throw new Error(`serve exited early:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

export async function benchStartup(runs = 3): Promise<void> {
  const first: number[] = [];
  const next: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'bankdesk-bench-start-'));
    try {
      process.stderr.write(`startup run ${i + 1}/${runs}: first start…`);
      first.push(await timeToReady(cwd));
      process.stderr.write(' next start…\n');
      next.push(await timeToReady(cwd));
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  }
  const row = (name: string, samples: number[], goalMs: number): BenchRow => {
    const sorted = [...samples].sort((a, b) => a - b);
    return {
      name,
      runs: samples.length,
      'median ms': round(percentile(sorted, 50), 0),
      'max ms': round(sorted.at(-1)!, 0),
      'goal ms': goalMs,
      'max / goal': round(sorted.at(-1)! / goalMs, 2),
    };
  };
  report(
    'Startup to readyz (embedded database)',
    [row('first start (initdb, migrate, seed)', first, 15_000), row('next start', next, 5_000)],
    'npm run bench -- startup',
  );
}
