import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  OUT_OF_SCOPE,
  evaluateClassifier,
  trainIntentClassifier,
} from '../apps/server/src/agent/nlu/classifier/index.js';
import type { LabelledText } from '../apps/server/src/agent/nlu/classifier/index.js';
import { builtinExamples } from '../apps/server/src/agent/nlu/utterances/index.js';
import { built, run } from './support/cli-process.js';

// Each test here starts one or more bankdesk processes, and each boots PostgreSQL (PGlite in
// WebAssembly); two such files running side by side on a loaded two-core CI machine need minutes.
vi.setConfig({ testTimeout: 180_000 });

const csv = (rows: LabelledText[]) =>
  'text,intent\n' + rows.map((r) => `"${r.text.replace(/"/g, '""')}",${r.label}`).join('\n') + '\n';
const rows = (label: string, texts: string[]) => texts.map((text) => ({ text, label }));

// A made-up external label set, like a public dataset's: two intents and "oos".
const train = [
  ...rows('order_pizza', [
    'order a large pizza',
    'i want a pepperoni pizza delivered',
    'get me two pizzas for tonight',
    'pizza delivery to my house',
    'can i get a margherita pizza',
    'order pizza for the party',
    'pizza order for pickup',
    'a pizza with mushrooms please',
    'i am hungry, order a pizza',
    'two large pizzas to my place',
  ]),
  ...rows('book_taxi', [
    'book me a taxi',
    'i need a cab to the station',
    'call a taxi for 6pm',
    'get me a ride to the airport',
    'send a cab to my address',
    'order a taxi please',
    'taxi to the train station',
    'i need a taxi now',
    'book a cab for the morning',
    'get a taxi to pick me up',
  ]),
  ...rows('oos', ['how tall is the eiffel tower', 'sing a song', 'who won the election']),
];
const test = [
  ...rows('order_pizza', [
    'one pizza please',
    'i would like to order pizza',
    'pizza with extra cheese',
  ]),
  ...rows('book_taxi', [
    'a taxi to the airport',
    'can you call me a cab',
    'book a cab for tomorrow',
  ]),
  ...rows('oos', ['what is the capital of peru', 'tell me a riddle']),
];

describe('bankdesk nlu', () => {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'bankdesk-nlu-'));
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));
  const trainFile = path.join(cwd, 'train.csv');
  const testFile = path.join(cwd, 'test.csv');
  writeFileSync(trainFile, csv(train));
  writeFileSync(testFile, csv(test));

  it('is built', () => {
    expect(existsSync(built)).toBe(true);
  });

  it('eval prints the metrics the classifier gives in-process, ranking only the test labels', async () => {
    const result = await run(cwd, ['nlu', 'eval', '--extra', trainFile, '--test', testFile]);
    expect(result.stderr).toContain('training on');
    expect(result.code).toBe(0);
    // Training is seeded, so the same data gives the same figures here and in the child.
    const classifier = trainIntentClassifier([...builtinExamples(), ...train]);
    const only = new Set(['order_pizza', 'book_taxi', 'oos', OUT_OF_SCOPE]);
    const expected = evaluateClassifier(classifier, test, { only });
    expect(expected.accuracy).toBeGreaterThan(0.5);
    expect(result.stdout).toContain(
      `trained on ${builtinExamples().length + train.length} examples`,
    );
    expect(result.stdout).toContain('ranking only the 4 labels the test file can have');
    expect(result.stdout).toContain('test rows: 8\n');
    expect(result.stdout).toContain(`accuracy: ${(expected.accuracy * 100).toFixed(2)} %\n`);
    expect(result.stdout).toContain(`macro-F1: ${expected.macroF1.toFixed(4)}\n`);
    const oos = expected.outOfScope!;
    expect(result.stdout).toContain(
      `out-of-scope recall: ${(oos.recall * 100).toFixed(2)} % (${oos.caught} of 2)`,
    );
    expect(result.stdout).toMatch(/errors by label:/);
  });

  it('train reports labels, examples and training accuracy', async () => {
    const result = await run(cwd, ['nlu', 'train', '--extra', trainFile]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('labels: 52\n'); // 49 built-in + order_pizza, book_taxi, oos
    expect(result.stdout).toContain(
      `examples: ${builtinExamples().length + train.length} (repository ${builtinExamples().length}, extra ${train.length})`,
    );
    const accuracy = Number(/training accuracy: ([\d.]+) %/.exec(result.stdout)?.[1]);
    expect(accuracy).toBeGreaterThan(95);
  });

  it('names a missing file with NOT_FOUND and a bad one with INVALID_INPUT', async () => {
    const missing = await run(cwd, ['nlu', 'eval', '--test', path.join(cwd, 'nope.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/error \[NOT_FOUND\]: no such file: .*nope\.csv/);
    const badFile = path.join(cwd, 'bad.csv');
    writeFileSync(badFile, 'sentence,label\nhello,greet\n');
    const bad = await run(cwd, ['nlu', 'train', '--extra', badFile]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('error [INVALID_INPUT]');
    expect(bad.stderr).toContain('found: sentence, label');
  });
});

const shared =
  process.env.BANKDESK_SHARED_DATA ?? path.resolve(import.meta.dirname, '../../shared/data');
const hasClinc = existsSync(path.join(shared, 'clinc150/train.csv'));

describe.skipIf(!hasClinc)(
  `bankdesk nlu eval on CLINC150 (needs ${shared}; skipped when it is absent)`,
  () => {
    it('scores the validation split well, out-of-scope rows included', async () => {
      const result = await run(os.tmpdir(), [
        'nlu',
        'eval',
        '--extra',
        path.join(shared, 'clinc150/train.csv'),
        '--test',
        path.join(shared, 'clinc150/val.csv'),
      ]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('test rows: 700\n');
      const accuracy = Number(/accuracy: ([\d.]+) %/.exec(result.stdout)?.[1]);
      const oosRecall = Number(/out-of-scope recall: ([\d.]+) %/.exec(result.stdout)?.[1]);
      expect(accuracy).toBeGreaterThan(85);
      expect(oosRecall).toBeGreaterThan(50);
    });
  },
);
