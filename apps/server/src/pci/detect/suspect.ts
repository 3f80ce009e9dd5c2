import {
  C_COMMA,
  C_DASH,
  C_DOT,
  C_NEWLINE,
  C_SLASH,
  C_SPACE,
  classSource,
  digitHitClass,
} from './chars.js';
import { MAX_DIGIT_GAP } from './run-reader.js';
import {
  K_BACK,
  K_CVV,
  K_EXPIRES,
  K_EXPIRY,
  K_PIN,
  K_SECURITY,
  K_SOCIAL,
  K_SSN,
  alternation,
  keywords,
  months,
  numberWords,
} from './vocabulary.js';

/**
 * A second gate for a text that has digits: most numbers in a chat are amounts, dates, times,
 * codes and phone numbers, and nothing can be found among them unless one of these holds:
 *   - a chain of twelve digits or more, joined by nothing but separators (a card number, with
 *     or without its track, expiry and CVV; a run of digits never crosses anything else), not
 *     starting right after "+" (an international phone number; a card can only start later);
 *   - a digit of another script, an invisible character, or a digit next to a separator from
 *     outside ASCII (a no-break space, a Unicode dash: the short check below knows only ASCII);
 *   - a number word next to a digit or another number word (a spoken or mixed number);
 *   - a label word of a CVV, PIN, expiry or SSN, or the halves of their phrases;
 *   - a month and a four-digit year, not ending a full date (an expiry by card words alone:
 *     "card 12/2027");
 *   - "card code", "card verification";
 *   - the dashed shape of an SSN.
 * Each is a necessary condition of some finding, so a text that matches none has none, and one
 * regex test replaces reading and judging every number in it.
 */

const LABELS = K_CVV | K_PIN | K_EXPIRY | K_EXPIRES | K_SSN | K_SOCIAL | K_SECURITY | K_BACK;
const labelWords = [...keywords].filter(([, bits]) => bits & LABELS).map(([word]) => word);
const dashes = '\\-\\u2010-\\u2015\\u2212\\ufe58\\ufe63\\uff0d';
const numbers = alternation(numberWords.keys());
const near = '[ ,.\\-]+';

const invisible = '\\u00ad\\u200b-\\u200d\\u2060\\ufeff';
/** Separators outside ASCII (no-break and thin spaces, Unicode dashes, full-width slashes…). */
const exotic = classSource([C_SPACE, C_DASH, C_DOT, C_SLASH, C_COMMA, C_NEWLINE], 0x80) + invisible;

// Digit-led signs are tried only where a run of digits starts, word-led ones under one \\b, so
// each position of ordinary text costs a few quick refusals. Separators other than ASCII ones
// are covered by "a digit next to a non-ASCII character", which is rare in chat.
const suspect = new RegExp(
  [
    // Twelve digits joined by ASCII separators only. No catastrophic backtracking: digits and
    // separators are disjoint, so each step has at most MAX_DIGIT_GAP + 1 ways to fail.
    `(?:^|[^0-9+])[0-9](?:(?:[\\t-\\r ,\\-./\\\\_]{0,${MAX_DIGIT_GAP}}[0-9]){11}|[0-9]{2}[${dashes}][0-9]{2}[${dashes}][0-9]{4})`,
    `[0-9](?=[ ,.\\-])${near}(?:${numbers})\\b`,
    `[0-9][${exotic}]|[${exotic}][0-9]`,
    `\\b(?:(?:${alternation(labelWords)})\\b|(?:${numbers})${near}(?:[0-9]|(?:${numbers})\\b)|(?<![0-9][/.\\- ])(?:0?[1-9]|1[0-2])[/.\\- ]20[0-9]{2}\\b|(?:${alternation(months.keys())})\\.?,? 20[0-9]{2}\\b|card (?:code|verification)\\b)`,
    `[${digitHitClass().slice(3)}${invisible}]`,
  ].join('|'),
  'i',
);

/** False when `text` certainly holds nothing `scanPci` would report (see above). */
export function worthReading(text: string): boolean {
  return suspect.test(text);
}
