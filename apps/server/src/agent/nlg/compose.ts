import { toSpeech } from './to-speech.js';
import type { Block, Rendered, Reply } from './types.js';

/** A paragraph, the same in both renderings unless the spoken one is given. */
export function say(text: string, speech: string | null = text): Block {
  return { text, speech };
}

/** For the screen only: a link, a file name, a list too long to listen to. */
export function textOnly(text: string): Block {
  return { text, speech: null };
}

export function speechOnly(speech: string): Block {
  return { text: null, speech };
}

/** "**Case Number**: X" lines, as seed 004's templates lay them out; empty values are left out. */
export function fields(
  rows: ReadonlyArray<readonly [label: string, value: string | null | undefined]>,
  speech?: string | null,
): Block {
  const shown = rows.filter((row): row is readonly [string, string] => Boolean(row[1]));
  return {
    text: shown.map(([label, value]) => `**${label}**: ${value}`).join('\n'),
    speech:
      speech === undefined
        ? shown.map(([label, value]) => `${label}: ${value}.`).join(' ')
        : speech,
  };
}

/** A "- " list on screen; heard, the items are sentences one after another. */
export function bullets(items: readonly string[], speech?: string | null): Block {
  return {
    text: items.map((item) => `- ${item}`).join('\n'),
    speech: speech === undefined ? items.map(sentence).join(' ') : speech,
  };
}

/** "**What happens next**:" over a paragraph or a list; heard, the body alone unless given. */
export function section(
  label: string,
  body: string | readonly string[],
  speech?: string | null,
): Block {
  const text = typeof body === 'string' ? body : body.map((item) => `- ${item}`).join('\n');
  const heard = typeof body === 'string' ? body : body.map(sentence).join(' ');
  return { text: `**${label}**:\n${text}`, speech: speech === undefined ? heard : speech };
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export function render(reply: Reply): Rendered {
  const text = reply
    .map((block) => block.text)
    .filter((part): part is string => Boolean(part && part.trim()))
    .join('\n\n');
  const speech = reply
    .map((block) => block.speech)
    .filter((part): part is string => Boolean(part && part.trim()))
    .map(sentence)
    .join(' ');
  return { text, speech: toSpeech(speech) };
}
