import { describe, expect, it } from 'vitest';
import { fedClosures, fedHolidays } from './fed-holidays.js';

/** RULES.md §3's check-value table: [holiday date, closure date or null]. */
const CHECK_VALUES: Record<number, [string, string, string | null][]> = {
  2025: [
    ["New Year's Day", '2025-01-01', '2025-01-01'],
    ['Birthday of Martin Luther King, Jr.', '2025-01-20', '2025-01-20'],
    ["Washington's Birthday", '2025-02-17', '2025-02-17'],
    ['Memorial Day', '2025-05-26', '2025-05-26'],
    ['Juneteenth National Independence Day', '2025-06-19', '2025-06-19'],
    ['Independence Day', '2025-07-04', '2025-07-04'],
    ['Labor Day', '2025-09-01', '2025-09-01'],
    ['Columbus Day', '2025-10-13', '2025-10-13'],
    ['Veterans Day', '2025-11-11', '2025-11-11'],
    ['Thanksgiving Day', '2025-11-27', '2025-11-27'],
    ['Christmas Day', '2025-12-25', '2025-12-25'],
  ],
  2026: [
    ["New Year's Day", '2026-01-01', '2026-01-01'],
    ['Birthday of Martin Luther King, Jr.', '2026-01-19', '2026-01-19'],
    ["Washington's Birthday", '2026-02-16', '2026-02-16'],
    ['Memorial Day', '2026-05-25', '2026-05-25'],
    ['Juneteenth National Independence Day', '2026-06-19', '2026-06-19'],
    ['Independence Day', '2026-07-04', null],
    ['Labor Day', '2026-09-07', '2026-09-07'],
    ['Columbus Day', '2026-10-12', '2026-10-12'],
    ['Veterans Day', '2026-11-11', '2026-11-11'],
    ['Thanksgiving Day', '2026-11-26', '2026-11-26'],
    ['Christmas Day', '2026-12-25', '2026-12-25'],
  ],
  2027: [
    ["New Year's Day", '2027-01-01', '2027-01-01'],
    ['Birthday of Martin Luther King, Jr.', '2027-01-18', '2027-01-18'],
    ["Washington's Birthday", '2027-02-15', '2027-02-15'],
    ['Memorial Day', '2027-05-31', '2027-05-31'],
    ['Juneteenth National Independence Day', '2027-06-19', null],
    ['Independence Day', '2027-07-04', '2027-07-05'],
    ['Labor Day', '2027-09-06', '2027-09-06'],
    ['Columbus Day', '2027-10-11', '2027-10-11'],
    ['Veterans Day', '2027-11-11', '2027-11-11'],
    ['Thanksgiving Day', '2027-11-25', '2027-11-25'],
    ['Christmas Day', '2027-12-25', null],
  ],
};

describe('Federal Reserve holidays (RULES.md §3)', () => {
  for (const year of [2025, 2026, 2027]) {
    it(`matches the check-value table for ${year}`, () => {
      expect(fedHolidays(year).map((h) => [h.name, h.date, h.closure])).toEqual(CHECK_VALUES[year]);
    });
  }

  it('closes on 11, 10 and 9 weekdays in 2025, 2026 and 2027', () => {
    expect(fedClosures(2025)).toHaveLength(11);
    expect(fedClosures(2026)).toHaveLength(10);
    expect(fedClosures(2027)).toHaveLength(9);
  });

  it('does not close the Friday before a Saturday holiday (unlike the federal-employee rule)', () => {
    expect(fedClosures(2026)).not.toContain('2026-07-03');
    expect(fedClosures(2027)).not.toContain('2027-06-18');
    expect(fedClosures(2027)).not.toContain('2027-12-24');
    // Jan 1 2028 is a Saturday: nothing closes, in 2027 or 2028.
    expect(fedClosures(2027)).not.toContain('2027-12-31');
    expect(fedHolidays(2028)[0]).toEqual({
      name: "New Year's Day",
      date: '2028-01-01',
      closure: null,
    });
  });

  it('closes the Monday after a Sunday holiday', () => {
    expect(fedClosures(2027)).toContain('2027-07-05');
    expect(fedHolidays(2023)[0]?.closure).toBe('2023-01-02');
    expect(fedHolidays(2022).find((h) => h.name === 'Christmas Day')?.closure).toBe('2022-12-26');
  });

  it('has Juneteenth from 2021 on, when it became a legal public holiday', () => {
    expect(fedHolidays(2020)).toHaveLength(10);
    expect(fedHolidays(2021).find((h) => h.date === '2021-06-19')?.closure).toBeNull();
    expect(fedHolidays(2022).find((h) => h.date === '2022-06-19')?.closure).toBe('2022-06-20');
  });

  it('refuses years it has no rule for', () => {
    expect(() => fedHolidays(1985)).toThrow(RangeError);
    expect(() => fedHolidays(2025.5)).toThrow(RangeError);
  });
});
