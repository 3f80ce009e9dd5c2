import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinExamples } from '../agent/nlu/utterances/index.js';
import { nluEvalCommand, nluTrainCommand } from './nlu-command.js';
import { createProgress } from './progress.js';

const dir = mkdtempSync(path.join(tmpdir(), 'bankdesk-nlu-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture() {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (l: string) => stdout.push(l),
    progress: createProgress((l) => stderr.push(l)),
  };
}

describe('nlu commands', () => {
  it('train reports the repository utterances alone, with progress on the side', async () => {
    const c = capture();
    await nluTrainCommand({}, c.progress, c.out);
    const n = builtinExamples().length;
    expect(c.stdout).toContain('labels: 49');
    expect(c.stdout).toContain(`examples: ${n} (repository ${n}, extra 0)`);
    expect(c.stdout).toContain('out-of-scope threshold: 0.2');
    expect(Number(/training accuracy: ([\d.]+) %/.exec(c.stdout.join('\n'))?.[1])).toBeGreaterThan(
      95,
    );
    expect(c.stderr.some((l) => l.startsWith(`✓ training on ${n} examples: 49 labels`))).toBe(true);
  });

  it('eval without --extra ranks every built-in label, and names test labels it never saw', async () => {
    const test = path.join(dir, 'ours.csv');
    writeFileSync(
      test,
      'text,label\nfreeze my debit card please,freeze_card\nwhat is my savings balance,check_balance\n' +
        'what is the weather in paris,out_of_scope\nbook me a table,restaurant_booking\n',
    );
    const c = capture();
    await nluEvalCommand({ test }, c.progress, c.out);
    expect(c.stdout).toContain('ranking all 49 labels of the built-in classifier');
    expect(c.stdout).toContain(
      'test labels the model never saw (always counted wrong): restaurant_booking',
    );
    expect(c.stdout).toContain('test rows: 4');
    expect(c.stdout).toContain('accuracy: 75.00 %');
    expect(c.stdout).toContain('out-of-scope recall: 100.00 % (1 of 1)');
    expect(c.stdout.some((l) => l.startsWith('  restaurant_booking: 1 of 1 wrong →'))).toBe(true);
  });
});
