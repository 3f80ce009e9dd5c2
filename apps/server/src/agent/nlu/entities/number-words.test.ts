import { describe, expect, it } from 'vitest';
import { Claims } from './claims.js';
import { findDigitRuns } from './digit-runs.js';
import { readCardinal } from './number-words.js';
import { tokenize } from './tokens.js';

/** Every cardinal in the text, read left to right as the amount reader would. */
function cardinals(text: string): number[] {
  const tokens = tokenize(text);
  const out: number[] = [];
  let i = 0;
  while (i < tokens.length) {
    const c = readCardinal(tokens, i);
    if (c) {
      out.push(c.value);
      i = c.next;
    } else {
      i += 1;
    }
  }
  return out;
}

describe('readCardinal', () => {
  const cases: [string, number[]][] = [
    ['seven', [7]],
    ['forty-seven', [47]],
    ['forty seven', [47]],
    ['two hundred forty-seven', [247]],
    ['a hundred', [100]],
    ['an hundred', [100]],
    ['a thousand', [1000]],
    ['one thousand two hundred and fifty', [1250]],
    ['twenty five hundred', [2500]],
    ['eleven hundred and four', [1104]],
    ['two million five hundred thousand', [2500000]],
    ['one hundred thousand', [100000]],
    // Where English starts a new number.
    ['twelve fifty', [12, 50]],
    ['three fifty', [3, 50]],
    ['nineteen eighty five', [19, 85]],
    ['five five five', [5, 5, 5]],
    ['fifty fifty', [50, 50]],
    ['two hundred and', [200]],
    ['thousand', []],
    ['a charge', []],
    ['zero', []],
  ];

  it.each(cases)('%s', (text, expected) => {
    expect(cardinals(text)).toEqual(expected);
  });
});

describe('digit runs', () => {
  const runs = (text: string) => findDigitRuns(tokenize(text), new Claims()).map((r) => r.digits);

  const cases: [string, string[]][] = [
    ['five five five', ['555']],
    ['fifty-six seventy-eight', ['5678']],
    ['fifty six', ['56']],
    ['twelve thirty four', ['1234']],
    ['double five', ['55']],
    ['triple oh', ['000']],
    ['four oh four', ['404']],
    ['oh four', ['04']],
    ['oh, four', ['4']],
    ['555-234-5678', ['5552345678']],
    ['(555) 234-5678', ['5552345678']],
    ['555.234.5678', ['5552345678']],
    ['one two three, four five six', ['123456']],
    ['one two three dash four five six', ['123456']],
    ['one two three and four', ['123', '4']],
    ['two hundred', ['2']],
    ['1,104.24', []],
    ['3/14', ['3', '14']],
  ];

  it.each(cases)('%s', (text, expected) => {
    expect(runs(text)).toEqual(expected);
  });
});
