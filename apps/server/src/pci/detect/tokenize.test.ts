import { describe, expect, it } from 'vitest';
import { RunStore, S_COMMA, S_DASH, S_DOT, S_SLASH, S_SPACE, S_WORDS } from './run-store.js';
import { findRuns } from './tokenize.js';

/** Each run as its groups' digits, and the separator before each group after the first. */
function runs(text: string, head = false) {
  const store = new RunStore();
  findRuns(text, store, head);
  const out: { groups: string[]; seps: number[]; text: string }[] = [];
  for (let r = 0; r < store.runCount; r++) {
    const groups: string[] = [];
    const seps: number[] = [];
    for (let g = store.rFirst[r]!; g < store.rEnd[r]!; g++) {
      groups.push(store.digitString(store.gDigit[g]!, store.gDigit[g]! + store.gLen[g]!));
      if (g > store.rFirst[r]!) seps.push(store.gSep[g]!);
    }
    const from = store.gStart[store.rFirst[r]!]!;
    const to = store.gEnd[store.rEnd[r]! - 1]!;
    out.push({ groups, seps, text: text.slice(from, to) });
  }
  store.wipe();
  return out;
}

describe('number runs', () => {
  it('joins groups across any separator', () => {
    expect(runs('card 4111 1111-1111.1111/1111 ok')).toEqual([
      {
        groups: ['4111', '1111', '1111', '1111', '1111'],
        seps: [S_SPACE, S_DASH, S_DOT, S_SLASH],
        text: '4111 1111-1111.1111/1111',
      },
    ]);
    expect(runs('4111 - 1111\u00a01111\u20091111')[0]!.groups).toHaveLength(4);
    expect(runs('41\u200b11 1111')[0]!.groups).toEqual(['4111', '1111']);
  });

  it('reads other scripts and full-width digits', () => {
    expect(runs('４１１１　１１１１')[0]!.groups).toEqual(['4111', '1111']);
    expect(runs('٤١١١ ١١١١')[0]!.groups).toEqual(['4111', '1111']);
    expect(runs('𝟒𝟏𝟏𝟏 𝟏𝟏𝟏𝟏')[0]).toMatchObject({ groups: ['4111', '1111'], text: '𝟒𝟏𝟏𝟏 𝟏𝟏𝟏𝟏' });
  });

  it('ends a run at a word, a long gap or other punctuation', () => {
    expect(runs('123 and 456').map((r) => r.text)).toEqual(['123', '456']);
    expect(runs('123        456').map((r) => r.text)).toEqual(['123', '456']);
    expect(runs('(555) 234-5678').map((r) => r.text)).toEqual(['555', '234-5678']);
  });

  it('joins commas between card groups and thousands, not between phone numbers', () => {
    expect(runs('4242, 4242, 4242')[0]!.seps).toEqual([S_COMMA, S_COMMA]);
    expect(runs('1,234,567')[0]!.groups).toEqual(['1', '234', '567']);
    expect(runs('555-234-5678, 555-876-5432').map((r) => r.text)).toEqual([
      '555-234-5678',
      '555-876-5432',
    ]);
  });

  it('keeps filler words inside a spoken run', () => {
    const [run] = runs('it is four two, uh, four two and four two');
    expect(run!.groups.join('')).toBe('424242');
    expect(run!.seps).toContain(S_WORDS);
  });

  it('treats digits glued to letters as identifiers', () => {
    expect(runs('sha e3b0c44298fc1c149afbf4c8996fb92427ae41e4')).toEqual([]);
    expect(runs('5GB and 12th and ch_4242424242424242abc')).toEqual([]);
    expect(runs('TXN-20261121-4F7K2Q').map((r) => r.text)).toEqual(['20261121']);
    expect(runs('4111 1111 1111 1111exp')[0]!.groups).toHaveLength(4);
  });

  it('does not treat CJK text next to digits as an identifier, and reads visa4111… as a card', () => {
    expect(runs('卡号4111111111111111')[0]!.groups).toEqual(['4111111111111111']);
    expect(runs('visa4111111111111111')[0]!.groups).toEqual(['4111111111111111']);
  });

  it('keeps a lone digit or number word only as the first run, or at the head', () => {
    expect(runs('at 5 pm, 2 cards').map((r) => r.text)).toEqual(['5']);
    expect(runs('four', true).map((r) => r.text)).toEqual(['four']);
    expect(runs('and the rest is four', true).map((r) => r.text)).toEqual(['four']);
    expect(runs('I have four', true)).toEqual([]);
  });

  it('finds a spoken run from its middle back to its start', () => {
    expect(runs('(four one one one one)')[0]!.text).toBe('four one one one one');
    expect(runs('four 4111')[0]!.groups).toEqual(['4', '4111']);
  });

  it('is linear on adversarial input', () => {
    const digits = '4 2-4.2/'.repeat(50_000);
    const words = 'four, two and '.repeat(30_000);
    const glued = 'a1'.repeat(200_000);
    expect(runs(digits)).toHaveLength(1);
    expect(runs(words)[0]!.groups.length).toBeGreaterThan(50_000);
    expect(runs(glued)).toEqual([]);
  });
});
