import { monthNames, ordinal } from './format-date.js';
import { spellCode, spellDigits, spokenMoney } from './speak-numbers.js';

const months = monthNames.join('|');

/** Markdown to plain sentences: no emphasis marks, headings, bullets, code or links left. */
function stripMarkdown(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/!?\[([^\]]*)\]\((?:[^)\s]+)\)/g, '$1')
    .replace(/\bhttps?:\/\/[^\s)]+/g, 'the link')
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*(?:#{1,6}\s+|>\s?)/, '')
        .replace(/^\s*(?:[-*+•]|\d{1,2}[.)])\s+/, '')
        .trim(),
    )
    .filter((line) => line !== '')
    // A line is a sentence of its own once the line breaks are gone.
    .map((line) => (/[.!?:;,]$/.test(line) ? line : `${line}.`));
  return lines
    .join(' ')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~])/g, '$1')
    .replace(/#(?=[A-Za-z0-9])/g, 'number ')
    .replace(/[*`#~|]+/g, '')
    .replace(/(?<=[A-Za-z0-9])_(?=[A-Za-z0-9])/g, ' ')
    .replace(/_+/g, ' ');
}

function speakDates(text: string): string {
  return text
    .replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (whole, y: string, m: string, d: string) => {
      const name = monthNames[Number(m) - 1];
      const day = Number(d);
      return name && day >= 1 && day <= 31 ? `${name} ${ordinal(day)}, ${y}` : whole;
    })
    .replace(
      new RegExp(`\\b(${months}) (\\d{1,2})(?![\\d:]|st|nd|rd|th)`, 'g'),
      (_whole, month: string, day: string) => `${month} ${ordinal(Number(day))}`,
    );
}

function speakNumbers(text: string): string {
  return (
    text
      .replace(
        /(-)?\$(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?\b(?=(\s+(?:wire\s+)?(?:fee|charge|limit|payment|transfer|wire|deposit|hold|refund|purchase|withdrawal|bill)\b)?)/g,
        (_w, sign: string | undefined, dollars: string, cents: string | undefined, noun?: string) =>
          spokenMoney(sign ?? '', dollars, cents, noun !== undefined),
      )
      .replace(
        /\b(ending in|ends in|last four digits) (\d{4})\b/gi,
        (_w, lead: string, d: string) => `${lead} ${spellDigits(d)}`,
      )
      // Confirmation and case numbers: capitals and digits in dash-joined parts, some digit.
      .replace(/\b[A-Z0-9]+(?:-[A-Z0-9]+)+\b/g, (code) =>
        /\d/.test(code) && /[A-Z]/.test(code) ? spellCode(code) : code,
      )
      // Phone numbers before ranges, or "234-5678" would become "234 to 5678".
      .replace(/(?:\(\d{3}\)\s?|\b\d{3}[-.\s])\d{3}[-.]\d{4}\b/g, (phone) =>
        (phone.match(/\d+/g) ?? []).map(spellDigits).join(', '),
      )
      // "5-7 business days": a hyphen between numbers is a range, not a minus.
      .replace(/(\d)\s?[-–]\s?(?=\d)/g, '$1 to ')
      .replace(/\+(?=\d)/g, 'plus ')
      .replace(/(\d)\s?%/g, '$1 percent')
      // Long digit runs are identifiers (tracking or reference numbers), read digit by digit.
      .replace(/\d{5,}/g, (run) => spellDigits(run))
  );
}

function tidy(text: string): string {
  return text
    .replace(/\s+[—–-]\s+|—/g, ', ')
    .replace(/\s*&\s*/g, ' and ')
    .replace(/\be\.g\.,?\s*/gi, 'for example ')
    .replace(/\bi\.e\.,?\s*/gi, 'that is ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?])/g, '$1')
    .replace(/([,;:])\s*(?=[.!?])/g, '')
    .replace(/([.!?])(?:\s*\.)+/g, '$1')
    .replace(/,(?:\s*,)+/g, ',')
    .replace(/\(\s*\)/g, '')
    .trim();
}

/**
 * What a voice should say for a piece of text: markdown stripped (lists become sentences),
 * amounts as "5,647 dollars and 32 cents", account and card endings digit by digit ("ending in
 * 4 5 2 1"), confirmation and case numbers character by character, dates as "November 15th",
 * ranges as "5 to 7", and no digit run longer than four left for an engine to read as a number.
 */
export function toSpeech(text: string): string {
  return tidy(speakNumbers(speakDates(stripMarkdown(text))));
}
