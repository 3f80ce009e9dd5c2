/**
 * How numbers are written for a voice. Amounts stay numerals with the unit in words ("5,647 dollars
 * and 32 cents") instead of being spelled out fully: every mainstream engine (Polly, Azure,
 * Google, and eSpeak/Piper-style offline voices) reads a grouped integer correctly, whereas
 * "$5,647.32" comes out differently from one engine to the next ("dollars point three two",
 * "five thousand … thirty-two") and a fully spelled amount makes the transcript unreadable and
 * defeats the engines' own number prosody. Identifiers are the opposite: they are read character
 * by character so "4521" is never "four thousand five hundred twenty-one".
 */

/**
 * "$5,647.32" → "5,647 dollars and 32 cents"; "-$5.00" → "minus 5 dollars". Before a noun ("a
 * $35.00 fee") a whole amount is said the way people say it: "a 35 dollar fee".
 */
export function spokenMoney(
  sign: string,
  dollars: string,
  cents: string | undefined,
  beforeNoun = false,
): string {
  const whole = dollars.replace(/^0+(?=\d)/, '');
  const c = cents === undefined ? 0 : Number(cents);
  const dollarWords = `${whole} ${whole === '1' || (beforeNoun && c === 0) ? 'dollar' : 'dollars'}`;
  const centWords = `${c} ${c === 1 ? 'cent' : 'cents'}`;
  const amount =
    c === 0 ? dollarWords : whole === '0' ? centWords : `${dollarWords} and ${centWords}`;
  return sign ? `minus ${amount}` : amount;
}

/** "4521" → "4 5 2 1". */
export function spellDigits(digits: string): string {
  return [...digits].join(' ');
}

/**
 * "TXN-20261121-4F7K2Q" → "T X N, 2 0 2 6 1 1 2 1, 4 F 7 K 2 Q": a short prefix letter by letter,
 * a word-like prefix ("FRAUD") as the word, everything after it a character at a time (a random
 * tail such as "PAZEBR" is letters, not a word), with a pause where the dashes were.
 */
export function spellCode(code: string): string {
  return code
    .split('-')
    .filter(Boolean)
    .map((part, index) => {
      if (index === 0 && /^[A-Z]{4,}$/.test(part))
        return part.charAt(0) + part.slice(1).toLowerCase();
      return [...part].join(' ');
    })
    .join(', ');
}
