import { describe, expect, it } from 'vitest';
import { extractEntities, parseDateOfBirth } from './index.js';

const now = new Date('2024-01-16T18:00:00Z');

describe('parseDateOfBirth', () => {
  const cases: [string, string][] = [
    ['March 14 1985', '1985-03-14'],
    ['March 14, 1985', '1985-03-14'],
    ['Mar 14th 1985', '1985-03-14'],
    ['14 March 1985', '1985-03-14'],
    ['14th of March 1985', '1985-03-14'],
    ['the fourteenth of March 1985', '1985-03-14'],
    ['03/14/1985', '1985-03-14'],
    ['3/14/85', '1985-03-14'],
    ['03-14-1985', '1985-03-14'],
    ['3.14.1985', '1985-03-14'],
    ['1985-03-14', '1985-03-14'],
    ['1985/03/14', '1985-03-14'],
    ['03141985', '1985-03-14'],
    ['19850314', '1985-03-14'],
    ['3 14 1985', '1985-03-14'],
    // Day first only when the first number cannot be a month.
    ['14/03/1985', '1985-03-14'],
    // Spoken.
    ['march fourteenth nineteen eighty five', '1985-03-14'],
    ['March fourteen, nineteen eighty-five', '1985-03-14'],
    ['the fourteenth of march nineteen eighty five', '1985-03-14'],
    ['july fourth two thousand three', '2003-07-04'],
    ['july fourth two thousand and three', '2003-07-04'],
    ['january twenty-first twenty oh one', '2001-01-21'],
    ['I was born on May 2nd, 1990', '1990-05-02'],
    // A two-digit year that would be in the future is last century's.
    ['3/14/45', '1945-03-14'],
  ];

  it.each(cases)('%s', (text, iso) => {
    expect(parseDateOfBirth(text, now)).toBe(iso);
  });

  it.each(['yesterday', 'March 14', 'February 30 1985', '2030-01-01', '13/13/1985', 'no'])(
    'no birth date: %s',
    (text) => {
      expect(parseDateOfBirth(text, now)).toBeUndefined();
    },
  );
});

describe('birth dates in a whole message', () => {
  const ctx = { now, timeZone: 'America/Denver' };

  it('takes a labelled date as the birth date, not as a date range', () => {
    const found = extractEntities('my date of birth is 06/01/2008', ctx);
    expect(found.dateOfBirth).toBe('2008-06-01');
    expect(found.dateRange).toBeUndefined();
  });

  it('takes an unlabelled full date from long ago as a birth date', () => {
    const found = extractEntities('March 14 1985', ctx);
    expect(found.dateOfBirth).toBe('1985-03-14');
    expect(found.dateRange).toBeUndefined();
    expect(found.amountsCents).toEqual([]);
  });

  it('leaves a recent full date as a date range', () => {
    const found = extractEntities('the charge on December 3 2023', ctx);
    expect(found.dateOfBirth).toBeUndefined();
    expect(found.dateRange).toMatchObject({ from: '2023-12-03', to: '2023-12-03' });
  });

  it('reads a spoken birth date after a label', () => {
    const found = extractEntities('my birthday is march fourteenth nineteen eighty five', ctx);
    expect(found.dateOfBirth).toBe('1985-03-14');
    expect(found.amountsCents).toEqual([]);
  });
});
