/**
 * The PCI detector: finds cardholder data (card numbers in any grouping, script or spoken form,
 * split across messages; CVV, PIN, expiry, track data; and SSNs) in free text, and redacts it.
 */
export type { PciKind, PciFinding, EarlierSpan, PciScan } from './types.js';
export { scanPci, containsCardData } from './scan.js';
export { redactPci, redactSpans } from './redact.js';
export type { RedactionStyle } from './redact.js';
export { spelledDigits } from './spelled-digits.js';
