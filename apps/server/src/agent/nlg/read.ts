import { formatDate } from './format-date.js';
import { formatMoney, parseMoney } from './format-money.js';
import type { Bag, RenderContext } from './types.js';

/*
 * Readers for tool payloads. A template never interpolates a raw field: a missing or odd value
 * comes back as null (or an empty list), and the template says less instead of "undefined".
 */

export function str(bag: Bag | null | undefined, key: string): string | null {
  const value = bag?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function int(bag: Bag | null | undefined, key: string): number | null {
  const value = bag?.[key];
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
}

export function flag(bag: Bag | null | undefined, key: string): boolean {
  return bag?.[key] === true;
}

function isBag(value: unknown): value is Bag {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function bag(parent: Bag | null | undefined, key: string): Bag | null {
  const value = parent?.[key];
  return isBag(value) ? value : null;
}

export function bags(parent: Bag | null | undefined, key: string): Bag[] {
  const value = parent?.[key];
  return Array.isArray(value) ? value.filter(isBag) : [];
}

/** An amount from its cents field, else from its formatted one; null when neither is usable. */
export function money(
  from: Bag | null | undefined,
  centsKey: string | null,
  textKey?: string,
): string | null {
  const cents = centsKey ? int(from, centsKey) : null;
  if (cents !== null) return formatMoney(cents, str(from, 'currency') ?? 'USD');
  const text = textKey ? str(from, textKey) : null;
  const parsed = text === null ? null : parseMoney(text);
  return parsed === null ? null : formatMoney(parsed);
}

/** A date field (YYYY-MM-DD, an ISO timestamp or unix seconds) as "November 15th"; else null. */
export function day(value: unknown, ctx: RenderContext): string | null {
  try {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0)
      return formatDate(new Date(value * 1000), ctx);
    if (typeof value === 'string' || value instanceof Date) return formatDate(value, ctx);
  } catch {
    // Not a date: say nothing about it.
  }
  return null;
}

/** Data shown in markdown: a descriptor like "SQ *BLUE BOTTLE" must not open an emphasis. */
export function md(value: string): string {
  return value.replace(/([\\`*_])/g, '\\$1');
}

/** "in_transit" → "in transit". */
export function words(value: string): string {
  return value.replaceAll('_', ' ');
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
