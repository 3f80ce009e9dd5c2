import { describe, expect, it } from 'vitest';
import { extractEntities } from './index.js';

/** Monday 15 January 2024, 11:30 pm in Denver; already Tuesday the 16th in UTC and New York. */
const lateMonday = new Date('2024-01-16T06:30:00Z');

function range(text: string, now = lateMonday, timeZone = 'America/Denver') {
  const found = extractEntities(text, { now, timeZone }).dateRange;
  return found && [found.from, found.to];
}

describe('dates and periods, in the bank’s calendar', () => {
  const cases: [string, [string, string] | undefined][] = [
    ['yesterday', ['2024-01-14', '2024-01-14']],
    ['today', ['2024-01-15', '2024-01-15']],
    ['earlier today', ['2024-01-15', '2024-01-15']],
    ['six days ago', ['2024-01-09', '2024-01-09']],
    ['6 days ago', ['2024-01-09', '2024-01-09']],
    ['a couple of days ago', ['2024-01-13', '2024-01-13']],
    ['two weeks ago', ['2024-01-01', '2024-01-01']],
    ['on November 15th', ['2023-11-15', '2023-11-15']],
    ['Nov 15', ['2023-11-15', '2023-11-15']],
    ['12/1', ['2023-12-01', '2023-12-01']],
    ['on the 15th of December', ['2023-12-15', '2023-12-15']],
    ['last Friday', ['2024-01-12', '2024-01-12']],
    ['on Tuesday', ['2024-01-09', '2024-01-09']],
    ['in November', ['2023-11-01', '2023-11-30']],
    // Periods: chrono alone would give a single day for each of these.
    ['last week', ['2024-01-07', '2024-01-13']],
    ['the past week', ['2024-01-08', '2024-01-15']],
    ['in the last week', ['2024-01-08', '2024-01-15']],
    ['this week', ['2024-01-14', '2024-01-15']],
    ['earlier this week', ['2024-01-14', '2024-01-15']],
    ['last month', ['2023-12-01', '2023-12-31']],
    ['this month', ['2024-01-01', '2024-01-15']],
    ['last year', ['2023-01-01', '2023-12-31']],
    ['the last 30 days', ['2023-12-16', '2024-01-15']],
    ['in the past two weeks', ['2024-01-01', '2024-01-15']],
    ['the past few days', ['2024-01-12', '2024-01-15']],
    ['over the weekend', ['2024-01-13', '2024-01-14']],
    ['in 2023', ['2023-01-01', '2023-12-31']],
    ['on the 3rd', ['2024-01-03', '2024-01-03']],
    ['on the 20th', ['2023-12-20', '2023-12-20']],
    ['on the fifteenth', ['2024-01-15', '2024-01-15']],
    // Ranges.
    ['between May 1 and May 10', ['2024-05-01', '2024-05-10']],
    ['from May 1 to May 10', ['2024-05-01', '2024-05-10']],
    ['Jan 5-10', ['2024-01-05', '2024-01-10']],
    ['between the 1st and the 10th', ['2024-01-01', '2024-01-10']],
    ['from the 5th to the 10th', ['2024-01-05', '2024-01-10']],
    ['since December 1st', ['2023-12-01', '2024-01-15']],
    // Not dates.
    ['the first charge', undefined],
    ['at 7pm', undefined],
    ['in 2030', undefined],
    ['check number 1234', undefined],
  ];

  it.each(cases)('%s', (text, expected) => {
    expect(range(text)).toEqual(expected);
  });

  it('keeps the words that named the date', () => {
    const found = extractEntities('the charge from the past 30 days at Target', {
      now: lateMonday,
      timeZone: 'America/Denver',
    });
    expect(found.dateRange?.text).toBe('the past 30 days');
  });
});

describe('relative dates near midnight follow the bank’s zone, not UTC', () => {
  it('is still Monday in Denver at 11:30 pm', () => {
    expect(range('yesterday', lateMonday, 'America/Denver')).toEqual(['2024-01-14', '2024-01-14']);
    expect(range('today', lateMonday, 'America/Denver')).toEqual(['2024-01-15', '2024-01-15']);
    expect(range('Monday', lateMonday, 'America/Denver')).toEqual(['2024-01-15', '2024-01-15']);
  });

  it('is already Tuesday at the same instant in New York and Tokyo', () => {
    expect(range('yesterday', lateMonday, 'America/New_York')).toEqual([
      '2024-01-15',
      '2024-01-15',
    ]);
    expect(range('Tuesday', lateMonday, 'America/New_York')).toEqual(['2024-01-16', '2024-01-16']);
    expect(range('yesterday', lateMonday, 'Asia/Tokyo')).toEqual(['2024-01-15', '2024-01-15']);
  });

  it('turns the day five minutes after Denver midnight', () => {
    const justAfter = new Date('2024-01-16T07:05:00Z');
    expect(range('yesterday', justAfter, 'America/Denver')).toEqual(['2024-01-15', '2024-01-15']);
    expect(range('the 16th', lateMonday, 'America/Denver')).toEqual(['2023-12-16', '2023-12-16']);
    expect(range('the 16th', justAfter, 'America/Denver')).toEqual(['2024-01-16', '2024-01-16']);
  });

  it('puts last week on the right side of a Saturday-night midnight', () => {
    // Saturday 10:30 pm in Denver, already Sunday in New York: a new week has begun there only.
    const saturdayNight = new Date('2024-01-14T05:30:00Z');
    expect(range('last week', saturdayNight, 'America/Denver')).toEqual([
      '2023-12-31',
      '2024-01-06',
    ]);
    expect(range('last week', saturdayNight, 'America/New_York')).toEqual([
      '2024-01-07',
      '2024-01-13',
    ]);
  });

  it('holds across the spring daylight-saving change', () => {
    // 1:30 am MST on 10 March 2024, half an hour before clocks go forward.
    const beforeChange = new Date('2024-03-10T08:30:00Z');
    expect(range('yesterday', beforeChange, 'America/Denver')).toEqual([
      '2024-03-09',
      '2024-03-09',
    ]);
    expect(range('today', beforeChange, 'America/Denver')).toEqual(['2024-03-10', '2024-03-10']);
    const afterChange = new Date('2024-03-10T09:30:00Z');
    expect(range('a week ago', afterChange, 'America/Denver')).toEqual([
      '2024-03-03',
      '2024-03-03',
    ]);
  });

  it('ends this month on the last local day of the month', () => {
    // 11:30 pm on 31 January in Denver, 1 February in UTC.
    const endOfJanuary = new Date('2024-02-01T06:30:00Z');
    expect(range('this month', endOfJanuary, 'America/Denver')).toEqual([
      '2024-01-01',
      '2024-01-31',
    ]);
    expect(range('this month', endOfJanuary, 'America/New_York')).toEqual([
      '2024-02-01',
      '2024-02-01',
    ]);
  });
});
