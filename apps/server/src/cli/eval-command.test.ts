import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEvalOptions } from './eval-command.js';

describe('readEvalOptions', () => {
  const base = { dir: 'scenarios/public', brain: 'builtin', trials: '3' };

  it('resolves the folder and the default report path against the working directory', () => {
    expect(readEvalOptions(base, '/repo')).toEqual({
      dir: '/repo/scenarios/public',
      brain: 'builtin',
      trials: 3,
      concurrency: 1,
      only: [],
      out: path.join('/repo', 'bench', 'results', 'eval-builtin.json'),
    });
  });

  it('drives a running server with the staff token when given a URL', () => {
    expect(
      readEvalOptions(
        { ...base, brain: 'llm', url: 'http://127.0.0.1:3000/', staffToken: 't'.repeat(32) },
        '/repo',
      ),
    ).toMatchObject({
      target: { url: 'http://127.0.0.1:3000', staffToken: 't'.repeat(32) },
      out: path.join('/repo', 'bench', 'results', 'eval-llm.json'),
    });
  });

  it('splits --only and reads --out and --concurrency', () => {
    expect(
      readEvalOptions(
        { ...base, only: 'a, b,,c', out: 'x/report.json', concurrency: '4' },
        '/repo',
      ),
    ).toMatchObject({ only: ['a', 'b', 'c'], out: '/repo/x/report.json', concurrency: 4 });
  });

  it.each([
    [{ brain: 'gpt' }, '--brain must be builtin or llm'],
    [{ trials: '0' }, '--trials must be a whole number from 1 to 100'],
    [{ trials: '2.5' }, '--trials must be a whole number'],
    [{ concurrency: '99' }, '--concurrency must be a whole number from 1 to 16'],
    [{ url: 'localhost:3000' }, '--url must be an http(s) address'],
  ])('refuses %o', (bad, message) => {
    expect(() => readEvalOptions({ ...base, ...bad }, '/repo')).toThrow(message);
  });
});
