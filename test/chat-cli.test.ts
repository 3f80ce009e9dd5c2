import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { baseEnv, cli } from './support/cli-process.js';

// Each test here starts one or more bankdesk processes, and each boots PostgreSQL (PGlite in
// WebAssembly); two such files running side by side on a loaded two-core CI machine need minutes.
vi.setConfig({ testTimeout: 180_000 });

let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(path.join(os.tmpdir(), 'bankdesk-chat-'));
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

/** `bankdesk chat` with the lines typed in, one after another. */
function chat(args: string[], lines: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [cli, 'chat', ...args], {
      cwd,
      env: baseEnv({ BANKDESK_DATA_DIR: path.join(cwd, 'data') }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(lines.map((l) => `${l}\n`).join(''));
  });
}

describe('bankdesk chat', () => {
  it('holds a conversation in the terminal, on the embedded demo bank', async () => {
    const result = await chat(
      ['--jurisdiction', 'US-CO'],
      ["What's my checking balance?", '+1-555-234-5678', 'March 14, 1985', '/quit'],
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('agent> Welcome to First National Bank!');
    expect(result.stdout).toContain('may I have your phone number');
    expect(result.stdout).toMatch(/ending in 4521 has an available balance of \$5,647\.32/);
  }, 180_000);

  it('says plainly when the server it should talk to is not there', async () => {
    const result = await chat(['--url', 'http://127.0.0.1:9'], ['hello']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error [NOT_READY]: cannot reach http://127.0.0.1:9');
  }, 60_000);
});
