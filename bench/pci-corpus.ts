import { cardBrandOf, iinRanges, luhnValid } from '../apps/server/src/pci/card-brands.js';
import type { PaymentCardBrand } from '../apps/server/src/pci/card-brands.js';

/**
 * Seeded corpora for the PCI detector: card numbers in every form a customer, a speech
 * recogniser or a system writes them, and harmless text full of numbers that are not card
 * numbers. Deterministic (mulberry32), so a failure reproduces from its seed and index.
 */

export type Rng = () => number;

/** mulberry32: a tiny, well-mixed 32-bit generator; plenty for test data, not for secrets. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
export const digits = (rng: Rng, n: number) =>
  Array.from({ length: n }, () => String(int(rng, 0, 9))).join('');

/** A valid card number: a prefix from the IIN table, random middle digits, the Luhn check digit. */
export function randomPan(rng: Rng): { pan: string; brand: PaymentCardBrand } {
  for (;;) {
    const range = pick(rng, iinRanges);
    const length = pick(rng, range.lengths);
    const prefix = String(int(rng, range.from, range.to));
    const body = prefix + digits(rng, length - prefix.length - 1);
    for (let check = 0; check <= 9; check++) {
      const pan = body + check;
      if (!luhnValid(pan)) continue;
      const brand = cardBrandOf(pan);
      // A more specific range may own this prefix at another length (Maestro 65… is Discover).
      if (brand) return { pan, brand };
    }
  }
}

export interface PanItem {
  format: string;
  /** Card words in the text. */
  context: boolean;
  /** One message, or the messages of a conversation (the card number ends in the last). */
  texts: string[];
  pan: string;
  brand: PaymentCardBrand;
  last4: string;
  /** For split items: the card digits each earlier message holds. */
  pieces?: string[];
}

export interface HarmlessItem {
  category: string;
  /** One message, or a conversation scanned as its last message with the others earlier. */
  texts: string[];
}

const group = (s: string, sizes: readonly number[]): string[] => {
  const out: string[] = [];
  let i = 0;
  for (const size of sizes) {
    if (i >= s.length) break;
    out.push(s.slice(i, i + size));
    i += size;
  }
  while (i < s.length) out.push(s.slice(i, (i += sizes[sizes.length - 1] ?? 4)));
  return out;
};
const fours = (s: string) => group(s, [4]);
const layout = (pan: string, brand: PaymentCardBrand) =>
  (brand === 'amex' && pan.length === 15) || (brand === 'diners' && pan.length === 14)
    ? group(pan, [4, 6, 5])
    : fours(pan);

const unitWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const teenWords = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen'];
teenWords.push('seventeen', 'eighteen', 'nineteen');
const tensWords = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty'];
tensWords.push('ninety');

const digitWord = (rng: Rng, d: string) =>
  d === '0' ? pick(rng, ['zero', 'oh', 'oh']) : unitWords[Number(d)]!;

/** Digit by digit, the way people read a card aloud: "four one double one, oh …". */
function spokenDigits(rng: Rng, s: string): string {
  const words: string[] = [];
  for (let i = 0; i < s.length;) {
    let run = 1;
    while (i + run < s.length && s[i + run] === s[i] && run < 3) run++;
    if (run >= 2 && rng() < 0.6) {
      words.push(`${run === 3 ? 'triple' : 'double'} ${digitWord(rng, s[i]!)}`);
      i += run;
    } else {
      words.push(digitWord(rng, s[i]!));
      i++;
    }
    if (i % 4 === 0 && i < s.length && rng() < 0.3) words.push(pick(rng, [',', ', uh,', ' and']));
  }
  return words.join(' ').replace(/ ([,])/g, '$1');
}

/** "41" → "forty-one", "05" → "oh five", "10" → "ten", "00" → "double oh". */
function pairWords(rng: Rng, p: string): string {
  const [a, b] = [Number(p[0]), Number(p[1])];
  if (a === 0)
    return b === 0 ? pick(rng, ['double oh', 'oh oh', 'zero zero']) : `oh ${unitWords[b]}`;
  if (a === 1) return teenWords[b]!;
  if (b === 0) return tensWords[a]!;
  return `${tensWords[a]}${pick(rng, ['-', ' '])}${unitWords[b]}`;
}

/** In pairs, the way a recogniser often writes a card read in twos: "forty-one eleven …". */
function spokenGroups(rng: Rng, s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i += 2) {
    const piece = i + 1 < s.length ? pairWords(rng, s.slice(i, i + 2)) : digitWord(rng, s[i]!);
    // A round ten before a lone digit is spoken with a pause ("twenty, seven"), else it is 27.
    const roundTen = out.length > 0 && /(?:ty)$/.test(out) && i + 1 >= s.length;
    const sep = out.length === 0 ? '' : roundTen ? ', ' : pick(rng, [' ', ' ', ', ', ' and ']);
    out += sep + piece;
  }
  return out;
}

const scripts = [0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0x1d7ce, 0x1d7ec];
const inScript = (s: string, zero: number) =>
  [...s].map((d) => (/\d/.test(d) ? String.fromCodePoint(zero + Number(d)) : d)).join('');

const mixedSeps = [' ', '-', '.', '/', ' - ', ' / ', '\u00a0', '  '];
const unicodeSpaces = ['\u00a0', '\u2009', '\u202f', '\u2007', '\u3000', '\u2002'];

export const panFormats = [
  'plain',
  'spaces',
  'dashes',
  'dots',
  'slashes',
  'mixed',
  'unicode-spaces',
  'brand-layout',
  'asr-pairs',
  'asr-singles',
  'odd-groups',
  'full-width',
  'other-script',
  'spoken-digits',
  'spoken-groups',
  'words-and-digits',
  'split-2',
  'split-3',
  'split-4',
] as const;

/** The card number written in a single-message format. */
function written(rng: Rng, format: string, pan: string, brand: PaymentCardBrand): string {
  switch (format) {
    case 'plain':
      return pan;
    case 'spaces':
      return fours(pan).join(' ');
    case 'dashes':
      return fours(pan).join('-');
    case 'dots':
      return fours(pan).join('.');
    case 'slashes':
      return fours(pan).join('/');
    case 'mixed':
      return layout(pan, brand).reduce((s, g, i) => (i ? s + pick(rng, mixedSeps) + g : g), '');
    case 'unicode-spaces': {
      const groups = fours(pan).map((g) => (rng() < 0.3 ? `${g[0]}\u200b${g.slice(1)}` : g));
      return groups.reduce((s, g, i) => (i ? s + pick(rng, unicodeSpaces) + g : g), '');
    }
    case 'brand-layout':
      return layout(pan, brand).join(pick(rng, [' ', '-']));
    case 'asr-pairs':
      return group(pan, [2]).join(' ');
    case 'asr-singles':
      return [...pan].join(' ');
    case 'odd-groups': {
      const sizes = Array.from({ length: 12 }, () => int(rng, 1, 5));
      return group(pan, sizes).join(' ');
    }
    case 'full-width':
      return inScript(fours(pan).join(rng() < 0.5 ? ' ' : ''), 0xff10);
    case 'other-script':
      return inScript(fours(pan).join(' '), pick(rng, scripts));
    case 'spoken-digits':
      return spokenDigits(rng, pan);
    case 'spoken-groups':
      return spokenGroups(rng, pan);
    case 'words-and-digits':
      return fours(pan)
        .map((g) => (rng() < 0.5 ? g : rng() < 0.5 ? spokenDigits(rng, g) : [...g].join(' ')))
        .join(' ');
    default:
      throw new Error(`unknown format ${format}`);
  }
}

const cardLeads = [
  'my card number is',
  'Visa:',
  "here's my credit card",
  'charge it to my Mastercard',
  'debit card #',
  'card no.',
  'cc:',
  'my amex is',
  'use my card',
  'the card number is',
  'credit card',
  'mi tarjeta es',
  'card',
  'please put it on my visa',
];
const plainLeads = ['', 'here you go:', "it's", 'ok', 'sure,', 'the number is', 'use', 'here:'];
const plainTails = ['', 'thanks', 'please', 'is the number', 'thank you!', 'ok?'];
const cardTails = ['', 'thanks', 'is my visa', 'exp 12/27', 'exp 08/29 cvv 123', '12/28 456'];

/** Cuts `pan` into `n` pieces of 3–11 digits: no piece is a card number by itself. */
function cut(rng: Rng, pan: string, n: number): string[] {
  for (;;) {
    const points = Array.from({ length: n - 1 }, () => int(rng, 3, pan.length - 3)).sort(
      (a, b) => a - b,
    );
    const bounds = [0, ...points, pan.length];
    const pieces = bounds.slice(1).map((end, i) => pan.slice(bounds[i], end));
    if (pieces.every((p) => p.length >= 3 && p.length <= 11)) return pieces;
  }
}

function splitItem(rng: Rng, n: number, pan: string, context: boolean) {
  const pieces = cut(rng, pan, n);
  const shown = pieces.map((p) => (rng() < 0.5 ? fours(p).join(pick(rng, [' ', '-'])) : p));
  const texts = shown.map((p, i) => {
    if (i === 0) return `${context ? pick(rng, cardLeads) : pick(rng, ['here it is', 'ok'])} ${p}`;
    const last = i === n - 1;
    const lead = pick(rng, ['', '', 'and', 'then', 'and the rest is']);
    const tail =
      last && context ? pick(rng, ['', 'thanks', 'that is all']) : pick(rng, ['', '...']);
    return [lead, p, tail].filter(Boolean).join(' ');
  });
  return { texts, pieces: pieces.slice(0, -1) };
}

/** `n` card-number items, formats in rotation, half with card words. */
export function generatePanCorpus(seed: number, n: number): PanItem[] {
  const rng = mulberry32(seed);
  const items: PanItem[] = [];
  for (let i = 0; i < n; i++) {
    const format = panFormats[i % panFormats.length]!;
    const context = rng() < 0.5;
    const { pan, brand } = randomPan(rng);
    const base = { format, context, pan, brand, last4: pan.slice(-4) };
    if (format.startsWith('split-')) {
      items.push({ ...base, ...splitItem(rng, Number(format.slice(6)), pan, context) });
      continue;
    }
    const number = written(rng, format, pan, brand);
    const [lead, tail] = context
      ? [pick(rng, cardLeads), pick(rng, cardTails)]
      : [pick(rng, plainLeads), pick(rng, plainTails)];
    items.push({ ...base, texts: [[lead, number, tail].filter(Boolean).join(' ')] });
  }
  return items;
}

const alnum = 'ABCDEFGHJKMNPQRSTVWXYZ0123456789';
const base62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const hex = '0123456789abcdef';
const chars = (rng: Rng, set: string, n: number) =>
  Array.from({ length: n }, () => set[Math.floor(rng() * set.length)]).join('');
const d = (rng: Rng, n: number) => String(int(rng, 1, 9)) + digits(rng, n - 1);
const money = (rng: Rng, max: number) =>
  int(rng, 1, max).toLocaleString('en-US') + '.' + digits(rng, 2);
const ymd = (rng: Rng) =>
  `${int(rng, 2019, 2027)}-${String(int(rng, 1, 12)).padStart(2, '0')}-${String(int(rng, 1, 28)).padStart(2, '0')}`;
const mdy = (rng: Rng) => `${int(rng, 1, 12)}/${int(rng, 1, 28)}/${int(rng, 2019, 2027)}`;

type Maker = (rng: Rng) => string | string[];
const fill = (rng: Rng, templates: readonly string[], x: string) =>
  pick(rng, templates).replace('{x}', x);

const phone = (rng: Rng) => {
  const [a, e, l] = [String(int(rng, 201, 989)), String(int(rng, 200, 999)), digits(rng, 4)];
  return pick(rng, [
    `(${a}) ${e}-${l}`,
    `${a}-${e}-${l}`,
    `${a}.${e}.${l}`,
    `${a} ${e} ${l}`,
    `+1 ${a} ${e} ${l}`,
    `+1-${a}-${e}-${l}`,
    `+1${a}${e}${l}`,
    `1-800-${e}-${l}`,
    `${a}${e}${l}`,
    `+44 20 ${digits(rng, 4)} ${digits(rng, 4)}`,
    `+49 30 ${digits(rng, 8)}`,
    `+33 1 ${digits(rng, 2)} ${digits(rng, 2)} ${digits(rng, 2)} ${digits(rng, 2)}`,
    `+57 601 ${digits(rng, 7)}`,
    `+86 138 ${digits(rng, 4)} ${digits(rng, 4)}`,
    `+91 ${d(rng, 5)} ${digits(rng, 5)}`,
    `+55 11 9${digits(rng, 4)}-${digits(rng, 4)}`,
  ]);
};

const phoneTemplates = ['call me at {x}', 'my number is {x}', 'you can reach me on {x}', '{x}'];
phoneTemplates.push('text {x} please', 'my cell is {x}', 'phone: {x}', 'is {x} the right number?');

const usps = (rng: Rng) => pick(rng, ['92', '93', '94', '95']) + digits(rng, int(rng, 18, 20));
const tracking = (rng: Rng) =>
  pick(rng, [
    `1Z${chars(rng, alnum, 6)}${digits(rng, 10)}`,
    digits(rng, 12),
    digits(rng, 15),
    digits(rng, 20),
    `96${digits(rng, 20)}`,
    usps(rng),
    fours(usps(rng)).join(' '),
  ]);

const iban = (rng: Rng) => {
  const body = pick(rng, [
    `DE${digits(rng, 2)}${digits(rng, 18)}`,
    `GB${digits(rng, 2)}${chars(rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4)}${digits(rng, 14)}`,
    `FR${digits(rng, 2)}${digits(rng, 10)}${chars(rng, alnum, 11)}${digits(rng, 2)}`,
    `ES${digits(rng, 2)}${digits(rng, 20)}`,
    `IT${digits(rng, 2)}X${digits(rng, 22)}`,
    `NL${digits(rng, 2)}ABNA${digits(rng, 10)}`,
  ]);
  return rng() < 0.7 ? fours(body).join(' ') : body;
};

const maskedCard = (rng: Rng) => {
  const l4 = digits(rng, 4);
  return pick(rng, [
    `card ending ${l4}`,
    `card ending in ${l4}`,
    `•••• ${l4}`,
    `**** **** **** ${l4}`,
    `XXXX-XXXX-XXXX-${l4}`,
    `Visa ending in ${l4}`,
    `my debit card ••${l4}`,
    `the card ending with ${l4} was declined`,
    `last four ${l4}`,
    `last 4 digits ${l4}`,
    `Mastercard ****${l4}`,
    `card number: xxxx xxxx xxxx ${l4}`,
    `${digits(rng, 6)}******${l4}`,
    `my amex ending ${l4} was charged $${money(rng, 999)}`,
  ]);
};

const spokenHarmless = (rng: Rng) =>
  pick(rng, [
    `my phone number is ${spokenDigits(rng, String(int(rng, 201, 989)))}, ${spokenDigits(rng, digits(rng, 3))}, ${spokenDigits(rng, digits(rng, 4))}`,
    `I paid ${pairWords(rng, String(int(rng, 21, 99)))} dollars`,
    `it was about ${pick(rng, ['ten', 'eleven', 'nine'])} thirty in the morning`,
    `back in twenty ${pairWords(rng, String(int(rng, 10, 25)))}`,
    `my zip is ${spokenDigits(rng, digits(rng, 5))}`,
    `order number ${spokenDigits(rng, digits(rng, 6))}`,
    `I was charged twice, ${pick(rng, ['two', 'three', 'four'])} hundred and fifty dollars`,
    'I have two cards and one account',
    'one more thing, I need two statements',
  ]);

const chatNumbers = (rng: Rng) =>
  pick(rng, [
    `I was charged $${money(rng, 99)} twice on ${int(rng, 1, 12)}/${int(rng, 1, 28)} at ${int(rng, 1, 12)}:${digits(rng, 2)}pm at store #${digits(rng, 4)}`,
    `I have ${int(rng, 2, 5)} accounts with you`,
    `transfer ${int(rng, 50, 5000)} to savings please`,
    `it's been ${int(rng, 2, 30)} days`,
    `my rent is ${int(rng, 900, 3500)} a month`,
    `the 2nd payment of $${money(rng, 9999)} is due on ${int(rng, 1, 12)}/01`,
    `I deposited a check for $${money(rng, 9999)} on ${mdy(rng)}`,
    `room ${int(rng, 100, 999)}, floor ${int(rng, 2, 40)}`,
  ]);

const cardTalk = (rng: Rng) =>
  pick(rng, [
    `my credit card limit is $${int(rng, 1, 30)},000`,
    `my debit card was declined ${int(rng, 2, 6)} times today`,
    `I paid my Visa bill of $${money(rng, 9999)} on ${ymd(rng)}`,
    `card ending ${digits(rng, 4)} declined at store ${digits(rng, 4)}`,
    `my credit score is ${int(rng, 550, 850)}`,
    `I've had this card since ${int(rng, 2005, 2025)}`,
    `the card expired in ${int(rng, 2019, 2025)}`,
    `my card was charged twice for order ${d(rng, 3)}-${digits(rng, 7)}-${digits(rng, 7)}`,
    `credit card statement balance is $${money(rng, 9999)}, minimum payment $${int(rng, 25, 200)}`,
    `my new card should arrive in ${int(rng, 5, 10)} business days, tracking ${tracking(rng)}`,
    `call the number on the back of your card, 1-800-${digits(rng, 3)}-${digits(rng, 4)}`,
  ]);

const harmlessMakers: Record<string, Maker> = {
  phone: (rng) => fill(rng, phoneTemplates, phone(rng)),
  order: (rng) =>
    pick(rng, [
      `order #${d(rng, int(rng, 7, 10))}`,
      `order number ${d(rng, int(rng, 8, 16))}`,
      `my order ${d(rng, 3)}-${digits(rng, 7)}-${digits(rng, 7)} hasn't arrived`,
      `eBay order ${digits(rng, 2)}-${digits(rng, 5)}-${digits(rng, 5)}`,
      `Order ${chars(rng, alnum, 10)} was cancelled`,
    ]),
  tracking: (rng) =>
    fill(
      rng,
      ['tracking number {x}', 'FedEx tracking {x}', 'UPS {x}', 'USPS tracking: {x}'],
      tracking(rng),
    ),
  timestamp: (rng) =>
    pick(rng, [
      `ts=${int(rng, 1_500_000_000, 1_900_000_000)}`,
      `created_at: ${int(rng, 1_500_000_000_000, 1_900_000_000_000)}`,
      `timestamp ${int(rng, 1_500_000_000_000, 1_900_000_000_000)}`,
      `{"ts": ${int(rng, 1_500_000_000_000, 1_900_000_000_000)}}`,
      `${ymd(rng)}T${int(rng, 10, 23)}:${digits(rng, 2)}:${digits(rng, 2)}.${digits(rng, 3)}Z`,
      `event at ${int(rng, 1_500_000_000_000, 1_900_000_000_000)}`,
    ]),
  amount: (rng) =>
    pick(rng, [
      `$${money(rng, 9999)}`,
      `$${money(rng, 999999)} and $${money(rng, 999)}`,
      `${int(rng, 1, 999)}.${digits(rng, 3)},${digits(rng, 2)} €`,
      `USD ${money(rng, 99999)}`,
      `£${money(rng, 999)}`,
      `-$${money(rng, 999)}`,
      `${money(rng, 9999)} ${money(rng, 9999)} ${money(rng, 9999)}`,
    ]),
  account: (rng) =>
    pick(rng, [
      `account number ${d(rng, int(rng, 8, 17))}`,
      `acct #${d(rng, 10)}`,
      `routing number ${digits(rng, 9)}`,
      `my checking account ${d(rng, 12)} and routing ${digits(rng, 9)}`,
      `savings account ending ${digits(rng, 4)}`,
      `send ACH to account ${d(rng, int(rng, 8, 17))} routing ${digits(rng, 9)}`,
    ]),
  iban: (rng) => fill(rng, ['IBAN {x}', 'my IBAN is {x}', 'please wire to {x}', '{x}'], iban(rng)),
  date: (rng) =>
    pick(rng, [
      mdy(rng),
      ymd(rng),
      `${int(rng, 1, 28)}.${int(rng, 1, 12)}.${int(rng, 2019, 2027)}`,
      `Nov ${int(rng, 1, 28)}, ${int(rng, 2019, 2027)}`,
      `on ${int(rng, 1, 12)}/${int(rng, 1, 28)}`,
      `between ${ymd(rng)} and ${ymd(rng)}`,
      `from ${mdy(rng)} to ${mdy(rng)}`,
      `${ymd(rng)} ${ymd(rng)}`,
    ]),
  confirmation: (rng) =>
    fill(
      rng,
      ['confirmation number {x}', 'your case number is {x}', '{x}', 'ref {x}'],
      `${pick(rng, ['TXN', 'DSP'])}-${ymd(rng).replaceAll('-', '')}-${chars(rng, alnum, 6)}`,
    ),
  id: (rng) =>
    `${pick(rng, ['charge', 'dispute', 'id'])} ${pick(rng, ['ch', 'dp', 'acct', 'card', 'tr'])}_${chars(rng, base62, 24)}`,
  uuid: (rng) =>
    `request ${chars(rng, hex, 8)}-${chars(rng, hex, 4)}-4${chars(rng, hex, 3)}-${chars(rng, '89ab', 1)}${chars(rng, hex, 3)}-${chars(rng, hex, 12)}`,
  hash: (rng) => `sha256 ${chars(rng, hex, 64)}, commit ${chars(rng, hex, int(rng, 7, 40))}`,
  ip: (rng) =>
    pick(rng, [
      `${int(rng, 1, 255)}.${int(rng, 0, 255)}.${int(rng, 0, 255)}.${int(rng, 0, 255)}`,
      `server ${int(rng, 100, 255)}.${int(rng, 100, 255)}.${int(rng, 100, 255)}.${int(rng, 100, 255)}:${int(rng, 80, 9999)}`,
      `2001:db8::${chars(rng, hex, 4)}:${chars(rng, hex, 4)}`,
    ]),
  version: (rng) =>
    pick(rng, [
      `v${int(rng, 1, 30)}.${int(rng, 0, 40)}.${int(rng, 0, 99)}`,
      `Node ${int(rng, 18, 24)}.${int(rng, 0, 20)}.${int(rng, 0, 9)}`,
      `iOS ${int(rng, 14, 18)}.${int(rng, 0, 6)}.${int(rng, 0, 3)}`,
      `app version ${int(rng, 1, 9)}.${int(rng, 0, 30)}.${int(rng, 0, 9)} (build ${digits(rng, 5)})`,
    ]),
  'masked-card': maskedCard,
  otp: (rng) =>
    pick(rng, [
      `your code is ${digits(rng, 6)}`,
      `verification code: ${digits(rng, 6)}`,
      `enter ${digits(rng, 4)} to confirm`,
      `one-time code ${digits(rng, 6)}`,
    ]),
  spoken: spokenHarmless,
  address: (rng) =>
    pick(rng, [
      `${int(rng, 1, 9999)} Main St Apt ${int(rng, 1, 40)}B, Denver, CO ${int(rng, 80000, 81999)}-${digits(rng, 4)}`,
      `PO Box ${int(rng, 1, 99999)}, Austin, TX ${int(rng, 73301, 79999)}`,
    ]),
  'chat-numbers': chatNumbers,
  'card-talk': cardTalk,
  'log-line': (rng) =>
    `[${ymd(rng)} ${int(rng, 10, 23)}:${digits(rng, 2)}:${digits(rng, 2)},${digits(rng, 3)}] INFO request_id=${chars(rng, hex, 16)} user=${int(rng, 1, 99999)} took ${int(rng, 1, 999)}ms pid=${int(rng, 100, 65000)}`,
  json: (rng) =>
    `{"id":"ch_${chars(rng, base62, 24)}","amount":${int(rng, 1, 999999)},"currency":"usd","created":${int(rng, 1_600_000_000, 1_900_000_000)},"balance_cents":${int(rng, 0, 9_999_999)}}`,
  conversation: (rng) =>
    pick(rng, [
      [`my phone is ${int(rng, 201, 989)} ${digits(rng, 3)}`, digits(rng, 4)],
      [
        `${int(rng, 201, 989)}-${digits(rng, 3)}-${digits(rng, 4)}`,
        `${int(rng, 201, 989)}-${digits(rng, 3)}-${digits(rng, 4)}`,
      ],
      [
        `order ${digits(rng, 4)} ${digits(rng, 4)}`,
        `${digits(rng, 4)} ${digits(rng, 4)} hasn't arrived`,
      ],
      [`my zip is ${int(rng, 10000, 99999)}`, `and my phone is ${phone(rng)}`],
      [`my account number is ${d(rng, 4)} ${digits(rng, 4)}`, digits(rng, 4)],
      [`I was charged $${money(rng, 99)}`, `and $${money(rng, 99)} twice`],
    ]),
};

export const harmlessCategories = Object.keys(harmlessMakers);

/** `n` harmless items, categories in rotation. */
export function generateHarmlessCorpus(seed: number, n: number): HarmlessItem[] {
  const rng = mulberry32(seed);
  const items: HarmlessItem[] = [];
  for (let i = 0; i < n; i++) {
    const category = harmlessCategories[i % harmlessCategories.length]!;
    const made = harmlessMakers[category]!(rng);
    items.push({ category, texts: Array.isArray(made) ? made : [made] });
  }
  return items;
}

const merchants = ['ELECTRONICS STORE', 'AMZN MKTP US', 'XYZ RESTAURANT', 'SQ *BLUE BOTTLE'];
merchants.push('TST* SHAKE SHACK', 'Netflix', 'Shell', 'Whole Foods', 'Uber', 'Delta Air Lines');
const chatSentences = [
  "Hi, I noticed a charge from {m} that I don't recognize.",
  'Can you tell me why my balance looks lower than I expected?',
  'My paycheck should have arrived by now, my employer sent it on Friday.',
  'I want to dispute the charge from {m}, I never received the order.',
  'Could you check whether the transfer to my savings went through?',
  'What is the fee for sending a wire to another bank?',
  'I lost my wallet yesterday and I think someone used my card.',
  'Please freeze my debit card until I find it.',
  'Why is there a pending charge from {m}?',
  'I need a copy of last month’s statement for my landlord.',
  'Thanks so much for your help, you have been great.',
  'Is there a way to set up automatic bill pay for my electric bill?',
  'I tried to log in but the app keeps saying my session expired.',
  'Can I talk to a real person please?',
  'The merchant said they refunded me but I do not see it yet.',
  'How long does a Zelle payment usually take to arrive?',
  'I would like to stop a check I wrote to my contractor.',
  'Okay, that makes sense, thank you for explaining.',
  'My husband and I share this account, can he call instead?',
  'I was double charged at {m} last weekend.',
  'When will the provisional credit show up on my account?',
  'Yes, that is correct.',
  'No, I did not authorize that purchase.',
  'Sorry, I meant the checking account, not savings.',
];

/**
 * The harmless kinds with short numbers, as a customer writes them in a chat: the speed goal is
 * set on "mostly letters, some short numbers". Long numbers (tracking, IBAN, account, order) are
 * in the harmless corpus, and the benchmark times that corpus separately.
 */
const chatCategories = [
  'phone',
  'amount',
  'date',
  'confirmation',
  'masked-card',
  'otp',
  'spoken',
  'address',
  'chat-numbers',
  'card-talk',
  'conversation',
];

/**
 * Chat as a bank's customers write it: mostly words, some harmless numbers, a card number now
 * and then. Messages until about `bytes` UTF-8 bytes.
 */
export function generateChatMessages(seed: number, bytes: number): string[] {
  const rng = mulberry32(seed);
  const harmless = generateHarmlessCorpus(seed + 1, 5000).filter((h) =>
    chatCategories.includes(h.category),
  );
  const pans = generatePanCorpus(seed + 2, 2000).filter((p) => p.texts.length === 1);
  const out: string[] = [];
  let total = 0;
  while (total < bytes) {
    const r = rng();
    let text: string;
    if (r < 0.85) {
      const n = int(rng, 1, 3);
      text = Array.from({ length: n }, () =>
        pick(rng, chatSentences).replace('{m}', pick(rng, merchants)),
      ).join(' ');
    } else if (r < 0.9975) text = pick(rng, harmless).texts.at(-1)!;
    else text = pick(rng, pans).texts[0]!;
    out.push(text);
    total += Buffer.byteLength(text);
  }
  return out;
}
