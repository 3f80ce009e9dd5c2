/**
 * Scenario phrases are judged on meaning, not typography: "$200" in a scenario must match the
 * agent's "$200.00", "5-7 business days" its "5–7 business days", and a line break is a space.
 */

// An amount with a dollar sign: "$5,647.32", "$ 200", "$75". Thousands separators must be
// well-formed, so "$1,2" is not read as an amount.
const dollars = /\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?(?!\d)/g;
// An amount in words after the figure: "200 dollars", "75.50 USD".
const spelled = /(?<![\d.,$])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s?(?:dollars|usd)\b/g;

function canonicalAmount(whole: string, fraction: string | undefined): string {
  return `$${whole.replaceAll(',', '')}.${(fraction ?? '').padEnd(2, '0')}`;
}

export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00a0|\u202f/g, ' ')
    .replace(dollars, (_m, whole: string, fraction?: string) => canonicalAmount(whole, fraction))
    .replace(spelled, (_m, whole: string, fraction?: string) => canonicalAmount(whole, fraction))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `text` says `phrase`, both normalised. */
export function says(text: string, phrase: string): boolean {
  const wanted = normalizeText(phrase);
  return wanted.length > 0 && normalizeText(text).includes(wanted);
}

/** Whether any of the messages says the phrase. */
export function anySays(messages: readonly string[], phrase: string): boolean {
  return messages.some((message) => says(message, phrase));
}
