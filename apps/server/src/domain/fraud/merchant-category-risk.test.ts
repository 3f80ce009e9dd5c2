import { describe, expect, it } from 'vitest';
import { merchantCategoryRisk, merchantCategoryTable } from './merchant-category-risk.js';

describe('merchant category risk', () => {
  it.each([
    ['4829', 'high'],
    ['6051', 'high'],
    ['6540', 'high'],
    ['7995', 'high'],
    ['5732', 'elevated'],
    ['5944', 'elevated'],
    ['5967', 'elevated'],
    ['5999', 'elevated'],
    ['5411', 'low'],
    ['5812', 'low'],
    ['5814', 'low'],
    ['5541', 'low'],
    ['7011', 'standard'],
    ['abcd', 'standard'],
  ])('%s is %s', (code, tier) => {
    expect(merchantCategoryRisk(code).tier).toBe(tier);
  });

  it('says why for every entry and for a missing code', () => {
    for (const row of Object.values(merchantCategoryTable))
      expect(row.why.length).toBeGreaterThan(10);
    expect(merchantCategoryRisk(null)).toEqual({
      tier: 'standard',
      label: null,
      why: 'no merchant category was given',
    });
  });

  it('keys the table by four-digit codes only', () => {
    for (const code of Object.keys(merchantCategoryTable)) expect(code).toMatch(/^\d{4}$/);
  });
});
