import { scanPci } from './scan.js';
import type { PciKind, PciScan } from './types.js';

/**
 * Replacing what a scan found. Labels say what was removed, so a person or a model reading the
 * text knows a card number was given without seeing it; 'mask' keeps a card's last four, the
 * form PCI DSS allows to be shown.
 */

const labels: Record<PciKind, string> = {
  pan: '[card number removed]',
  cvv: '[security code removed]',
  pin: '[PIN removed]',
  expiry: '[expiry removed]',
  track: '[track data removed]',
  ssn: '[SSN removed]',
};

export type RedactionStyle = 'remove' | 'mask';

interface Span {
  start: number;
  end: number;
  kind: PciKind;
  /** A card's last four digits, shown in 'mask' style. */
  last4?: string;
}

function replacement(span: Span, style: RedactionStyle): string {
  if (style === 'mask' && span.kind === 'pan') return span.last4 ? `•••• ${span.last4}` : '••••';
  return labels[span.kind];
}

/**
 * Applies spans to a text. In 'mask' style a card-number span shows "•••• 1234" when the span
 * carries its `last4`, else "••••": a span of an earlier message holds only part of a card number,
 * and its own last digits are not the card's last four.
 */
export function redactSpans(
  text: string,
  spans: readonly Span[],
  style: RedactionStyle = 'remove',
): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const span of sorted) {
    const end = Math.min(span.end, text.length);
    if (span.start < at) {
      // Overlaps the span just replaced: that label already stands for it.
      at = Math.max(at, end);
      continue;
    }
    if (end <= span.start) continue;
    out += text.slice(at, span.start) + replacement(span, style);
    at = end;
  }
  return out + text.slice(at);
}

export function redactPci(
  text: string,
  options?: { style?: RedactionStyle; earlier?: readonly string[] },
): { text: string; scan: PciScan } {
  const scan = scanPci(text, options?.earlier ? { earlier: options.earlier } : undefined);
  return { text: redactSpans(text, scan.findings, options?.style ?? 'remove'), scan };
}
