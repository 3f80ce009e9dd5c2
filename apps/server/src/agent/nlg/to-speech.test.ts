import { describe, expect, it } from 'vitest';
import { pciWarning } from '../../pci/index.js';
import { spellCode, spokenMoney } from './speak-numbers.js';
import { toSpeech } from './to-speech.js';

/** What no spoken reply may contain: markup, unread identifiers, or leaked programming values. */
function expectSpeakable(speech: string) {
  expect(speech).not.toMatch(/[*#`_~|]|^\s*- |\s- /m);
  expect(speech).not.toMatch(/\d{5,}/);
  expect(speech).not.toMatch(/\$/);
  expect(speech).not.toMatch(/\bundefined\b|\bNaN\b|\[object|\bnull\b/);
  expect(speech).not.toContain('\n');
}

describe('toSpeech', () => {
  it('reads the seed balance sentence the way a person would', () => {
    const speech = toSpeech(
      'Your checking account ending in 4521 has an available balance of $5,647.32, with $200.00 in pending transactions.',
    );
    expect(speech).toBe(
      'Your checking account ending in 4 5 2 1 has an available balance of 5,647 dollars and 32 cents, with 200 dollars in pending transactions.',
    );
    expectSpeakable(speech);
  });

  it('says amounts with their units, singular where it is one', () => {
    expect(toSpeech('$1.00 and $0.01 and $0.45 and $1.01')).toBe(
      '1 dollar and 1 cent and 45 cents and 1 dollar and 1 cent.',
    );
    expect(toSpeech('A fee of -$5.00.')).toBe('A fee of minus 5 dollars.');
    expect(toSpeech('$1,104.24')).toBe('1,104 dollars and 24 cents.');
    expect(spokenMoney('', '0', '00')).toBe('0 dollars');
    expect(toSpeech('A $35.00 fee will be charged, within the $25,000.00 limit.')).toBe(
      'A 35 dollar fee will be charged, within the 25,000 dollar limit.',
    );
    expect(toSpeech('the $247.89 charge')).toBe('the 247 dollars and 89 cents charge.');
  });

  it('strips markdown: bold, headings, bullets, code, links and escapes', () => {
    const speech = toSpeech(
      [
        '## Your dispute',
        '**Case Number**: DSP-20261121-4F7K2Q',
        '**Status**: Filed',
        '',
        '**Your next steps**:',
        '- No immediate action required',
        '- Keep any evidence related to this transaction',
        '* You will get `a letter`',
        'See [the form](https://bank.example/capture/cap_123456789) or https://bank.example/x_y.',
        'Charge from SQ \\*BLUE BOTTLE COFFEE.',
      ].join('\n'),
    );
    expect(speech).toBe(
      'Your dispute. Case Number: D S P, 2 0 2 6 1 1 2 1, 4 F 7 K 2 Q. Status: Filed. Your next steps: No immediate action required. Keep any evidence related to this transaction. You will get a letter. See the form or the link. Charge from SQ BLUE BOTTLE COFFEE.',
    );
    expectSpeakable(speech);
  });

  it('reads case and confirmation numbers character by character, words as words', () => {
    expect(spellCode('FRAUD-20240115-001')).toBe('Fraud, 2 0 2 4 0 1 1 5, 0 0 1');
    expect(spellCode('SP-20261121-ZX81QK')).toBe('S P, 2 0 2 6 1 1 2 1, Z X 8 1 Q K');
    expect(spellCode('TXN-20261111-PAZEBR')).toBe('T X N, 2 0 2 6 1 1 1 1, P A Z E B R');
    expect(toSpeech("I've created fraud case #FRAUD-20240115-001.")).toBe(
      "I've created fraud case number Fraud, 2 0 2 4 0 1 1 5, 0 0 1.",
    );
    expect(toSpeech('Stop payment placed on check #1234.')).toBe(
      'Stop payment placed on check number 1234.',
    );
  });

  it('says dates with ordinals and ranges with "to"', () => {
    expect(toSpeech('on November 15 and by Tuesday, November 24.')).toBe(
      'on November 15th and by Tuesday, November 24th.',
    );
    expect(toSpeech('by December 11, 2024')).toBe('by December 11th, 2024.');
    expect(toSpeech('since 2026-11-20')).toBe('since November 20th, 2026.');
    expect(toSpeech('arrives in 5-7 business days')).toBe('arrives in 5 to 7 business days.');
    expect(toSpeech('already November 15th.')).toBe('already November 15th.');
  });

  it('never leaves a long digit run for the engine to read as a number', () => {
    const speech = toSpeech('Tracking number 9400111899223100 and call (555) 234-5678.');
    expect(speech).toBe(
      'Tracking number 9 4 0 0 1 1 1 8 9 9 2 2 3 1 0 0 and call 5 5 5, 2 3 4, 5 6 7 8.',
    );
    expectSpeakable(speech);
  });

  it('turns dashes, ampersands and abbreviations into speech', () => {
    expect(toSpeech('Fees — if any — apply & e.g. wires +25 at 5%')).toBe(
      'Fees, if any, apply and for example wires plus 25 at 5 percent.',
    );
    const warning = toSpeech(pciWarning);
    expect(warning).toContain('card ending in 4 5 3 2');
    expectSpeakable(warning);
  });

  it('keeps plain text plain and is idempotent', () => {
    const once = toSpeech('Code verified! Transferring 500 dollars from checking to savings.');
    expect(once).toBe('Code verified! Transferring 500 dollars from checking to savings.');
    const sample =
      'Transfer complete! Confirmation number: TXN-20240115-4F7K2Q. Your new checking balance is $5,147.32.';
    expect(toSpeech(toSpeech(sample))).toBe(toSpeech(sample));
    expect(toSpeech('')).toBe('');
  });
});
