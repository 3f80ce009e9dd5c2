import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { baseEnv, cli } from './support/cli-process.js';

// Each test here starts one or more bankdesk processes, and each boots PostgreSQL (PGlite in
// WebAssembly); two such files running side by side on a loaded two-core CI machine need minutes.
vi.setConfig({ testTimeout: 180_000 });

const publicSuite = path.resolve(import.meta.dirname, '../scenarios/public');
let cwd: string;

beforeAll(async () => {
  cwd = await mkdtemp(path.join(os.tmpdir(), 'bankdesk-eval-'));
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

/** `bankdesk eval …` from the build, with room for seeding the demo bank once. */
function evalCli(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [cli, 'eval', ...args],
      { cwd, env: baseEnv({}), timeout: 240_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('bankdesk eval', () => {
  it('names the file and the field of a broken scenario, and runs nothing', async () => {
    const dir = path.join(cwd, 'broken');
    await mkdir(dir);
    await writeFile(
      path.join(dir, 'typo.yaml'),
      'id: typo\ntitle: t\npersona: { customerId: CUST-10001, phone: "+15552345678" }\nturns: [hi]\nexpect: { comunicate: [x] }\n',
    );
    const result = await evalCli([dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `error [INVALID_INPUT]: ${path.join(dir, 'typo.yaml')}: expect.comunicate: unknown field`,
    );
  });

  it('refuses an unknown brain before starting anything', async () => {
    const result = await evalCli([publicSuite, '--brain', 'gpt']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--brain must be builtin or llm');
  });

  it('runs scenarios on fresh servers, prints the score and writes the report', async () => {
    const out = path.join(cwd, 'report.json');
    const result = await evalCli([
      publicSuite,
      '--only',
      'guard-pci-card-in-chat',
      '--trials',
      '2',
      '--out',
      out,
    ]);
    expect(result.stderr).toMatch(/\[1\/2\] pass guard-pci-card-in-chat #1/);
    expect(result.stdout).toContain('PASS 2/2  guard-pci-card-in-chat');
    expect(result.stdout).toContain('pass rate: 100.0% (1 scenarios × 2 trials)');
    expect(result.stdout).toContain('pass^1 100.0%, pass^2 100.0%');
    expect(result.code).toBe(0);
    const text = await readFile(out, 'utf8');
    const report = JSON.parse(text) as {
      brain: string;
      score: { passRate: number; passHat: Record<string, number> };
      scenarios: { id: string; passes: number; results: { transcript: unknown[] }[] }[];
    };
    expect(report.brain).toBe('builtin');
    expect(report.score.passHat).toEqual({ '1': 1, '2': 1 });
    expect(report.scenarios[0]).toMatchObject({ id: 'guard-pci-card-in-chat', passes: 2 });
    expect(report.scenarios[0]!.results[0]!.transcript.length).toBeGreaterThanOrEqual(3);
    // The card number the scenario types is in the report only as its last four.
    expect(text).not.toMatch(/4111[ -]?1111[ -]?1111/);
  }, 300_000);
});
