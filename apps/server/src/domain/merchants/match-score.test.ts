import { describe, expect, it } from 'vitest';
import { merchantMatchScore } from './match-score.js';
import type { MerchantCandidate } from './match-score.js';

/** The demo bank's statement lines, descriptor and stored name as the transactions table has them. */
const charges: MerchantCandidate[] = [
  { description: 'SQ *BLUE BOTTLE COFFEE', merchantName: 'Blue Bottle Coffee' },
  { description: 'TST* SHAKE SHACK', merchantName: 'Shake Shack' },
  { description: 'AMZN MKTP US*2K4L81VW3', merchantName: 'Amazon Marketplace' },
  { description: 'PAYPAL *ETSY INC', merchantName: 'Etsy (via PayPal)' },
  { description: 'APL* ITUNES.COM/BILL', merchantName: 'Apple (App Store and iCloud)' },
  { description: 'GOOGLE *YOUTUBE PREMIUM', merchantName: 'YouTube Premium (Google)' },
  { description: 'SP * ALLBIRDS', merchantName: 'Allbirds (Shopify store)' },
  { description: 'DELTA AIR 0062371049855', merchantName: 'Delta Air Lines' },
  { description: 'XYZ RESTAURANT', merchantName: 'XYZ Restaurant' },
  { description: 'ELECTRONICS STORE', merchantName: 'Electronics Store' },
  { description: 'WHOLEFDS MKT 10234', merchantName: 'Whole Foods Market' },
  { description: 'STARBUCKS STORE 09871', merchantName: 'Starbucks' },
  { description: 'SHELL OIL 57444', merchantName: 'Shell' },
  { description: 'LYFT *RIDE SAT 8PM', merchantName: 'Lyft' },
  { description: 'ACME ANALYTICS PAYROLL PPD', merchantName: null },
  { description: 'INTEREST PAYMENT' },
];

/** The threshold the transaction search applies. */
const MATCH = 0.6;

function ranked(query: string) {
  return charges
    .map((c) => ({ description: c.description, score: merchantMatchScore(query, c) }))
    .sort((a, b) => b.score - a.score);
}

describe('merchantMatchScore', () => {
  it.each([
    ['Amazon', 'AMZN MKTP US*2K4L81VW3'],
    ['amzn', 'AMZN MKTP US*2K4L81VW3'],
    ['the charge from amazon', 'AMZN MKTP US*2K4L81VW3'],
    ['blue bottle', 'SQ *BLUE BOTTLE COFFEE'],
    ['shake shack', 'TST* SHAKE SHACK'],
    ['the coffee place blue botle', 'SQ *BLUE BOTTLE COFFEE'],
    ['etsy', 'PAYPAL *ETSY INC'],
    ['paypal', 'PAYPAL *ETSY INC'],
    ['apple', 'APL* ITUNES.COM/BILL'],
    ['itunes', 'APL* ITUNES.COM/BILL'],
    ['youtube', 'GOOGLE *YOUTUBE PREMIUM'],
    ['you tube', 'GOOGLE *YOUTUBE PREMIUM'],
    ['google', 'GOOGLE *YOUTUBE PREMIUM'],
    ['allbirds', 'SP * ALLBIRDS'],
    ['shopify', 'SP * ALLBIRDS'],
    ['delta airlines', 'DELTA AIR 0062371049855'],
    ['XYZ Restaurant', 'XYZ RESTAURANT'],
    ['electronics store', 'ELECTRONICS STORE'],
    ['whole foods', 'WHOLEFDS MKT 10234'],
    ['shell gas', 'SHELL OIL 57444'],
  ])('"%s" finds %s first, above the threshold', (query, expected) => {
    const [top, second] = ranked(query);
    expect(top?.description).toBe(expected);
    expect(top!.score).toBeGreaterThanOrEqual(MATCH);
    expect(second!.score).toBeLessThan(MATCH);
  });

  it.each([
    ['amazn', 'AMZN MKTP US*2K4L81VW3'],
    ['amazom', 'AMZN MKTP US*2K4L81VW3'],
    ['shak shack', 'TST* SHAKE SHACK'],
    ['shake shakc', 'TST* SHAKE SHACK'],
    ['blu botle', 'SQ *BLUE BOTTLE COFFEE'],
    ['starbuck', 'STARBUCKS STORE 09871'],
    ['starbcks', 'STARBUCKS STORE 09871'],
    ['lift', 'LYFT *RIDE SAT 8PM'],
    ['alllbirds', 'SP * ALLBIRDS'],
  ])('forgives the typo in "%s"', (query, expected) => {
    const [top] = ranked(query);
    expect(top?.description).toBe(expected);
    expect(top!.score).toBeGreaterThanOrEqual(MATCH);
  });

  it.each(['walmart', 'best buy', 'netflix', 'mcdonalds', 'zelle', 'uber', 'chipotle', 'costco'])(
    'scores an unrelated name, "%s", low on every charge',
    (query) => {
      for (const { score, description } of ranked(query)) {
        expect(score, description).toBeLessThan(0.3);
      }
    },
  );

  it('does not let a shared generic word make a match', () => {
    const starbucks = { description: 'STARBUCKS STORE 09871', merchantName: 'Starbucks' };
    expect(merchantMatchScore('electronics store', starbucks)).toBeLessThan(MATCH);
    const blueApron = { description: 'BLUE APRON', merchantName: 'Blue Apron' };
    expect(merchantMatchScore('blue bottle', blueApron)).toBeLessThan(MATCH);
  });

  it('matches on the descriptor alone when the bank has no clean name', () => {
    expect(merchantMatchScore('blue bottle', { description: 'SQ *BLUE BOTTLE COFFEE' })).toBe(1);
    expect(
      merchantMatchScore('amazon', { description: 'AMZN Mktp US*2K4L81VW3', merchantName: null }),
    ).toBe(1);
    expect(merchantMatchScore('payroll', { description: 'ACME ANALYTICS PAYROLL PPD' })).toBe(1);
  });

  it('scores 0 for an empty or filler-only query, and stays within 0..1', () => {
    const coffee = charges[0]!;
    expect(merchantMatchScore('', coffee)).toBe(0);
    expect(merchantMatchScore('the charge on my card', coffee)).toBe(0);
    for (const query of ['amazon', 'zzz', 'blue blue blue', 'coffee', 'a'.repeat(200)]) {
      for (const charge of charges) {
        const score = merchantMatchScore(query, charge);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }
    }
  });

  it('lets a generic word alone still find the charge that has it', () => {
    expect(ranked('restaurant')[0]?.description).toBe('XYZ RESTAURANT');
    expect(ranked('coffee')[0]?.description).toBe('SQ *BLUE BOTTLE COFFEE');
  });

  it('ignores case, accents and punctuation', () => {
    const etsy = charges[3]!;
    expect(merchantMatchScore('ÉTSY!', etsy)).toBe(merchantMatchScore('etsy', etsy));
  });
});
