import { genericWords, titleCase } from './text.js';
import { cityNames, stateCodes, wordLikeStateCodes } from './us-places.js';

const cities = cityNames.map((name) => name.split(' '));

/** Store numbers, order and reference codes: anything a person would not call the merchant. */
function isReference(token: string): boolean {
  if (/^#/.test(token)) return true;
  if (/^\d{3,}$/.test(token)) return true;
  // Mixed letters and digits, five or more: "2K4L81VW3", "E0300ABCD", "INV12345".
  return token.length >= 5 && /\d/.test(token) && /^[A-Z0-9*-]+$/.test(token);
}

/** "ITUNES.COM/BILL" → "ITUNES", "HELP.UBER.COM" → "UBER", "NETFLIX.COM" → "NETFLIX". */
function domainRoot(token: string): string {
  const match =
    /^(?:WWW\.)?((?:[A-Z0-9-]+\.)*?)([A-Z0-9-]+)\.(?:COM|NET|ORG|IO|CO|US)(?:\/\S*)?$/.exec(token);
  return match ? match[2]! : token;
}

function endsWith(tokens: readonly string[], tail: readonly string[]): boolean {
  if (tail.length > tokens.length) return false;
  return tail.every((word, i) => tokens[tokens.length - tail.length + i] === word);
}

function knownCityAtEnd(tokens: readonly string[]): number {
  return cities.find((city) => endsWith(tokens, city))?.length ?? 0;
}

/** Cuts "… OAKLAND CA", "… NY", "… US" and a trailing city, keeping at least a real name. */
function stripLocation(tokens: string[]): string[] {
  let rest = [...tokens];
  const last = rest[rest.length - 1];
  if (rest.length > 1 && (last === 'US' || last === 'USA')) rest.pop();
  const state = rest[rest.length - 1];
  if (rest.length > 1 && state !== undefined && stateCodes.has(state)) {
    const city = knownCityAtEnd(rest.slice(0, -1));
    if (city > 0 && rest.length - 1 - city >= 1) return rest.slice(0, -1 - city);
    if (!wordLikeStateCodes.has(state)) rest = rest.slice(0, -1);
  }
  // A city without a state: cut only if what is left still names a business, not just a kind of
  // one ("HILTON GARDEN INN BOULDER" loses Boulder, "HOTEL PHOENIX" keeps Phoenix).
  const city = knownCityAtEnd(rest);
  const left = rest.slice(0, rest.length - city);
  if (city > 0 && left.length >= 2 && left.some((w) => !genericWords.has(w.toLowerCase()))) {
    return left;
  }
  return rest;
}

const corporateSuffix = /^(?:INC|LLC|L\.L\.C|CORP|CORPORATION|LTD)\.?$/;

/**
 * The merchant as a person would say it, from the free part of a descriptor: references, phone
 * numbers, web addresses, location suffixes and corporate suffixes removed, then title-cased.
 * Returns '' when nothing recognisable is left.
 */
export function cleanMerchantName(raw: string): string {
  let text = raw.toUpperCase().trim();
  // Fixed-width statements pad the name field, so two or more spaces or " - " start the location.
  text = text.split(/\s{2,}|\s+-\s+|,\s*/)[0] ?? '';
  text = text
    .replace(/\b\d{3}[-. ]\d{3}[-. ]\d{4}\b/g, ' ')
    .replace(/\b(?:STORE|STR|LOC|UNIT)\s*#?\s*\d+\b/g, ' ');
  let tokens = text
    .split(/\s+/)
    .map(domainRoot)
    .flatMap((t) => t.split('/'))
    .map((t) => t.replace(/^[*#\-.]+(?=[A-Z])|[*\-.,:;]+$/g, ''))
    .filter((t) => t !== '' && !isReference(t) && !/^[*#\-.]+$/.test(t));
  tokens = stripLocation(tokens);
  while (tokens.length > 1 && corporateSuffix.test(tokens[tokens.length - 1]!)) tokens.pop();
  return titleCase(tokens.join(' '));
}
