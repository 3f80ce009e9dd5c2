import { WordTable } from './word-table.js';

/**
 * The words the detector knows: number words as a speech recogniser writes them, the filler it
 * leaves between digit groups, and the labels that give a number its meaning (card, CVV, PIN,
 * expiry, SSN, or some other kind of number). English only for number words; card words include
 * a few other languages' word for "card" because a customer may switch language mid-sentence.
 */

export const W_UNIT = 1;
export const W_TEEN = 2;
export const W_TENS = 3;
export const W_HUNDRED = 4;
export const W_THOUSAND = 5;
/** "double", "triple": the next digit, repeated. */
export const W_REPEAT = 6;

/** kind * 100 + value. */
export const numberWords = new Map<string, number>();
/**
 * "oh" and "o" read as zero only between other number words ("four oh four"); alone they are an
 * interjection or a letter. "to", "too", "for", "won" and "ate" are never read as digits: they are
 * far more often the English words, and a recogniser that hears "four" writes "four" or "4".
 */
export const weakNumberWords = new Set(['oh', 'o']);

const units = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
units.forEach((word, value) => numberWords.set(word, W_UNIT * 100 + value));
for (const zero of ['oh', 'o', 'nought', 'naught']) numberWords.set(zero, W_UNIT * 100);
const teens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen'];
teens.push('seventeen', 'eighteen', 'nineteen');
teens.forEach((word, i) => numberWords.set(word, W_TEEN * 100 + 10 + i));
const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
tens.forEach((word, i) => numberWords.set(word, W_TENS * 100 + 20 + i * 10));
numberWords.set('fourty', W_TENS * 100 + 40);
numberWords.set('hundred', W_HUNDRED * 100);
numberWords.set('thousand', W_THOUSAND * 100);
numberWords.set('double', W_REPEAT * 100 + 2);
numberWords.set('triple', W_REPEAT * 100 + 3);
numberWords.set('treble', W_REPEAT * 100 + 3);
numberWords.set('quadruple', W_REPEAT * 100 + 4);

/** Said between digit groups by someone reading a number aloud; kept inside a spoken run. */
export const fillerWords = new Set([
  'and',
  'uh',
  'uhh',
  'um',
  'umm',
  'er',
  'erm',
  'ah',
  'hmm',
  'mm',
  'then',
  'dash',
  'hyphen',
  'space',
  'dot',
]);

/**
 * Words that may come before the rest of a number sent in a later message ("and the rest is
 * 4242 4242") or after a number that continues in the next one ("4242 4242 and").
 */
export const leadInWords = new Set([
  ...fillerWords,
  'the',
  'rest',
  'is',
  'are',
  'its',
  'it',
  's',
  'next',
  'also',
  'ok',
  'okay',
  'so',
  'continuing',
  'continued',
  'part',
  'second',
  'third',
  'remaining',
  'after',
  'that',
  'followed',
  'by',
  'plus',
  'more',
  'digits',
  'numbers',
  'here',
  'yes',
  'yeah',
  'sorry',
  'oops',
  'cont',
  'finally',
]);

export const K_CARD = 1;
export const K_CVV = 2;
export const K_PIN = 4;
export const K_EXPIRY = 8;
export const K_SSN = 16;
/** A label for another kind of number: order, tracking, phone, account… */
export const K_OTHER = 32;
export const K_TIME = 64;
/** "ending", "ends": a card's last four, shown safely. */
export const K_ENDING = 128;
export const K_MONTH = 256;
/** Halves of phrases: "security code", "social security", "digits on the back". */
export const K_SECURITY = 512;
export const K_CODE = 1024;
export const K_BACK = 2048;
export const K_DIGITS = 4096;
export const K_SOCIAL = 8192;
/** "card verification": a CVV's name; "verification code" alone is a one-time code. */
export const K_VERIFY = 16384;
/** "expires" and its forms: an expiry only when a card is being talked about. */
export const K_EXPIRES = 32768;

const keywordList: [number, string][] = [
  [K_CARD, 'card cards credit debit visa mastercard master amex americanexpress discover jcb'],
  [K_CARD, 'diners unionpay maestro cc ccn ccnum pan cardholder cardnumber creditcard'],
  [K_CARD, 'tarjeta tarjetas carte karte kreditkarte carta cartao kaart'],
  [K_CVV, 'cvv cvc cvv2 cvc2 cid csc cvn cav2 cvd'],
  [K_PIN, 'pin pins'],
  [K_EXPIRY, 'exp expiry expiration thru expdate'],
  [K_EXPIRES, 'expires expire expired expiring'],
  [K_SSN, 'ssn ssns'],
  [K_SOCIAL, 'social'],
  // Not "account": at a bank a caller says "account" of a card as often as of an account, and a
  // number that is a valid card is blocked rather than trusted to the word (the harmless corpus
  // pays 0.02 % for it).
  [K_OTHER, 'order orders tracking shipment shipping package parcel delivery fedex ups usps'],
  [K_OTHER, 'dhl invoice receipt confirmation conf reference ref ticket case claim phone tel'],
  [K_OTHER, 'telephone mobile cell fax imei serial sku upc isbn routing aba'],
  [K_OTHER, 'iban swift bic policy membership txn transaction booking reservation flight zip'],
  [K_OTHER, 'postal cheque loan patient student employee ip version id uuid hash sha ein tin'],
  [K_OTHER, 'itin license passport'],
  [K_TIME, 'ts time timestamp epoch created updated date ms millis at since logged'],
  [K_ENDING, 'ending ends'],
  [K_MONTH, 'january february march april may june july august september october november'],
  [K_MONTH, 'december jan feb mar apr jun jul aug sep sept oct nov dec'],
  [K_SECURITY, 'security'],
  [K_VERIFY, 'verification'],
  [K_CODE, 'code'],
  [K_BACK, 'back reverse'],
  [K_DIGITS, 'digits digit numbers number'],
];

/** Lower-case word → category bits. */
export const keywords = new Map<string, number>();
for (const [bits, words] of keywordList)
  for (const word of words.split(' ')) keywords.set(word, (keywords.get(word) ?? 0) | bits);

/** Month names and abbreviations → 1–12, for "expires December 2027". */
export const months = new Map<string, number>();
const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
monthNames.forEach((name, i) => {
  months.set(name, i + 1);
  months.set(name.slice(0, 3), i + 1);
});
months.set('sept', 9);

/** Escapes a word list into a regex alternation, longest first so no word shadows another. */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');
}

/** Number words → kind * 100 + value, plus WEAK for "oh" and "o"; for lookups in the text. */
export const WEAK = 10_000;
export const numberWordTable = new WordTable(
  [...numberWords].map(([w, v]) => [w, weakNumberWords.has(w) ? v + WEAK : v] as const),
);
export const fillerTable = WordTable.fromWords(fillerWords);
export const leadInTable = WordTable.fromWords(leadInWords);
export const monthTable = new WordTable(months);
export const cardWordTable = WordTable.fromWords(
  [...keywords].filter(([, bits]) => bits & K_CARD).map(([word]) => word),
);
