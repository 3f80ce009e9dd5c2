/**
 * Lower case, accents removed, anything that is not a letter or digit turned into a space. Both
 * sides of every comparison go through this, so "Café", "CAFE" and "cafe," are the same word.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function words(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * Words that name a kind of business rather than a business. They still count, but less: "coffee"
 * should help find Blue Bottle Coffee without making every coffee shop a match.
 */
export const genericWords: ReadonlySet<string> = new Set([
  'airline',
  'airlines',
  'bakery',
  'bar',
  'bistro',
  'cafe',
  'co',
  'coffee',
  'com',
  'company',
  'deli',
  'diner',
  'fuel',
  'gas',
  'grill',
  'grocery',
  'hotel',
  'inc',
  'inn',
  'kitchen',
  'llc',
  'market',
  'online',
  'pharmacy',
  'pizza',
  'restaurant',
  'service',
  'services',
  'shop',
  'station',
  'store',
  'us',
  'usa',
]);

/** Brand spellings that plain title case gets wrong. Keys are upper case. */
const brandCasing: Readonly<Record<string, string>> = {
  DOORDASH: 'DoorDash',
  EBAY: 'eBay',
  GOFUNDME: 'GoFundMe',
  ICLOUD: 'iCloud',
  ITUNES: 'iTunes',
  MCDONALDS: "McDonald's",
  "MCDONALD'S": "McDonald's",
  PAYPAL: 'PayPal',
  YOUTUBE: 'YouTube',
};

const shortWords = new Set(['A', 'AN', 'AND', 'AT', 'BY', 'FOR', 'IN', 'OF', 'ON', 'THE', 'TO']);

/**
 * "BLUE BOTTLE COFFEE" → "Blue Bottle Coffee". Short all-consonant words stay capitals because on
 * statements they are nearly always initials (XYZ, CVS, KFC, BBQ).
 */
export function titleCase(upper: string): string {
  return upper
    .split(' ')
    .filter(Boolean)
    .map((word, i) => {
      const known = brandCasing[word];
      if (known) return known;
      if (/^[B-DF-HJ-NP-TV-Z]{2,4}$/.test(word)) return word;
      if (i > 0 && shortWords.has(word)) return word.toLowerCase();
      return word.charAt(0) + word.slice(1).toLowerCase();
    })
    .join(' ');
}
