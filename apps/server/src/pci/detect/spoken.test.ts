import { describe, expect, it } from 'vitest';
import { spelledDigits } from './spelled-digits.js';

describe('spoken numbers', () => {
  it.each([
    ['four two four two', '4242'],
    ['forty-two forty-two', '4242'],
    ['forty two forty two', '4242'],
    ['twenty twenty-five', '2025'],
    ['twenty, seven', '207'],
    ['twenty and seven', '207'],
    ['double four triple seven', '44777'],
    ['double oh seven', '007'],
    ['four oh four', '404'],
    ['one hundred', '100'],
    ['one hundred and five', '105'],
    ['nine hundred ninety nine', '999'],
    ['four thousand two hundred', '4200'],
    ['nineteen eighty four', '1984'],
    ['eleven twelve thirteen', '111213'],
    ['four two 42 4242', '42424242'],
    ['double 4', '44'],
    ['four, uh, two, and four', '424'],
    ['Four Two FOUR two', '4242'],
  ])('reads "%s" as %s', (text, digits) => {
    expect(spelledDigits(text)).toBe(digits);
  });

  it('reads "oh" and "o" only between number words', () => {
    expect(spelledDigits('oh no, I need help')).toBe('');
    expect(spelledDigits('four o four')).toBe('404');
    expect(spelledDigits('o')).toBe('');
  });

  it('never reads "to", "too", "for", "won" or "ate" as digits', () => {
    expect(spelledDigits('I went to the store for two to four hours')).toBe('');
    expect(spelledDigits('we won, then ate')).toBe('');
  });

  it('leaves a lone number word alone: only sequences spell numbers', () => {
    expect(spelledDigits('I have one question and two cards')).toBe('');
    expect(spelledDigits('I was double charged')).toBe('');
  });
});
