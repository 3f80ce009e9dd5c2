import { describe, expect, it } from 'vitest';
import { extractFeatures, tokenize } from './features.js';

describe('tokenize', () => {
  it('folds amounts and numbers into placeholders', () => {
    expect(tokenize('Send $1,250.00 to check #1234 on 3/14')).toEqual([
      'send',
      'zmoney',
      'to',
      'check',
      'znum',
      'on',
      'znum',
    ]);
    expect(tokenize('75 dollars and 20 bucks and £3')).toEqual([
      'zmoney',
      'and',
      'zmoney',
      'and',
      'zmoney',
    ]);
  });

  it('keeps possessives as a word but not contractions', () => {
    expect(tokenize("What's my wife's balance? It's my mom’s card")).toEqual([
      'whats',
      'my',
      'wife',
      'zposs',
      'balance',
      'its',
      'my',
      'mom',
      'zposs',
      'card',
    ]);
  });

  it('lower-cases, drops accents and punctuation', () => {
    expect(tokenize('CAFÉ déjà-vu!!  ok')).toEqual(['cafe', 'deja', 'vu', 'ok']);
    expect(tokenize('?!')).toEqual([]);
  });
});

describe('extractFeatures', () => {
  it('gives words, bounded bigrams, skip pairs, content pairs and character n-grams', () => {
    const features = extractFeatures(['freeze', 'my', 'card']);
    expect(features).toEqual(
      expect.arrayContaining([
        'w freeze',
        'w2 <s> freeze',
        'w2 my card',
        'w2 card </s>',
        's freeze card',
        'p card freeze',
        'c fr',
        'cfree',
        'cze ',
      ]),
    );
    // "my" is a function word: it forms no content pair.
    expect(features.some((f) => f.startsWith('p ') && f.includes('my'))).toBe(false);
  });

  it('pairs only content words within the window, once each', () => {
    const features = extractFeatures(['alpha', 'beta', 'gamma', 'delta', 'alpha'], {
      wordNgrams: 1,
      charMin: 3,
      charMax: 3,
      pairWindow: 1,
    });
    expect(features.filter((f) => f.startsWith('p '))).toEqual([
      'p alpha beta',
      'p beta gamma',
      'p delta gamma',
    ]);
  });
});
