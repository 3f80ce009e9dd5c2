import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../errors/index.js';
import { trainIntentClassifier } from './classifier.js';
import type { LabelledText } from './classifier.js';

const toy: LabelledText[] = [
  ...[
    'order a pizza',
    'i want a large pepperoni pizza',
    'get me pizza for dinner',
    'pizza delivery please',
    'can i order two pizzas',
    'one margherita pizza to go',
  ].map((text) => ({ text, label: 'pizza' })),
  ...[
    'what is the weather',
    'will it rain tomorrow',
    'is it sunny outside',
    'weather forecast for the weekend',
    'how cold is it today',
    'do i need an umbrella today',
  ].map((text) => ({ text, label: 'weather' })),
  ...[
    'play some music',
    'put on a song',
    'play my jazz playlist',
    'i want to hear music',
    'next song please',
    'turn the music up',
  ].map((text) => ({ text, label: 'music' })),
  ...[
    'how tall is everest',
    'write me a poem',
    'who invented the telephone',
    'translate this into french',
  ].map((text) => ({ text, label: 'out_of_scope' })),
];

describe('trainIntentClassifier', () => {
  const classifier = trainIntentClassifier(toy, { seed: 1 });

  it('learns a toy set, sentences it has not seen included', () => {
    expect(classifier.labels).toEqual(['music', 'out_of_scope', 'pizza', 'weather']);
    expect(classifier.exampleCount).toBe(toy.length);
    for (const { text, label } of toy) expect(classifier.classify(text).label).toBe(label);
    expect(classifier.classify('a pepperoni pizza for me').label).toBe('pizza');
    expect(classifier.classify('is it going to rain').label).toBe('weather');
    expect(classifier.classify('play a song by the beatles').label).toBe('music');
  });

  it('reads through typos and case', () => {
    expect(classifier.classify('WEATHR FORECAST').label).toBe('weather');
    expect(classifier.classify('pizzza delivry').label).toBe('pizza');
  });

  it('ranks at most five labels, best first, with probabilities', () => {
    const p = classifier.classify('order a pizza');
    expect(p.ranked).toHaveLength(4);
    expect(p.ranked[0]).toEqual({ label: 'pizza', score: p.confidence });
    const scores = p.ranked.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(p.confidence).toBeGreaterThan(0.5);
    expect(p.outOfScope).toBe(false);
  });

  it('is deterministic for a seed, whatever ran before', () => {
    const again = trainIntentClassifier(toy, { seed: 1 });
    for (const text of ['pizza tonight', 'rain?', 'music', 'something else entirely']) {
      expect(again.classify(text)).toEqual(classifier.classify(text));
    }
  });

  it('flags out of scope by label and by low confidence', () => {
    const oos = classifier.classify('who wrote this poem');
    expect(oos.label).toBe('out_of_scope');
    expect(oos.outOfScope).toBe(true);
    // The same model with an impossible threshold calls everything out of scope.
    const strict = trainIntentClassifier(toy, { seed: 1, threshold: 1.01 });
    expect(strict.classify('order a pizza')).toMatchObject({ label: 'pizza', outOfScope: true });
    // Text with no known feature leaves only the biases: a flat answer, below a 0.5 threshold
    // that a clear request clears.
    const half = trainIntentClassifier(toy, { seed: 1, threshold: 0.5 });
    const unknown = half.classify('zzzz qqqq');
    expect(unknown.confidence).toBeLessThan(0.5);
    expect(unknown.outOfScope).toBe(true);
    expect(half.classify('order a pizza').outOfScope).toBe(false);
  });

  it('restricts the answer to `only`, renormalising over it', () => {
    const only = new Set(['weather', 'music']);
    const p = classifier.classify('order a pizza', { only });
    expect(['weather', 'music']).toContain(p.label);
    expect(p.ranked.map((r) => r.label).sort()).toEqual(['music', 'weather']);
    expect(p.ranked[0]!.score + p.ranked[1]!.score).toBeCloseTo(1, 6);
    expect(classifier.classify('play a song', { only }).label).toBe('music');
  });

  it('refuses an `only` with no known label, and an empty training set', () => {
    const unknown = () => classifier.classify('pizza', { only: new Set(['nope']) });
    expect(unknown).toThrow(/none of the requested labels/);
    try {
      trainIntentClassifier([]);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('INVALID_INPUT');
    }
  });
});
