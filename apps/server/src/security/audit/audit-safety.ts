import { AppError } from '../../errors/index.js';
import { containsCardData } from '../../pci/detect/index.js';
import type { AuditInput } from './audit-record.js';

// What may appear in the trail: our ids, customer numbers, short snake_case words, numbers and
// booleans. Anything else — a name, an email, a phone number, a six-digit code, free text — is
// refused before it is written, so a careless caller fails a test instead of leaking.
const id = /^[a-z]{1,8}_[A-Za-z0-9_]{6,40}$/;
const word = /^[a-z][a-z0-9_.:-]{0,47}$/;
const customerNumber = /^CUST-\d{5}$/;
const jurisdiction = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$|^unknown$/;
const actor = /^(customer|system|staff:[A-Za-z0-9_]{1,40})$/;
const ip = /^[0-9a-fA-F:.]{2,45}$/;

function safeString(value: string): boolean {
  // Whatever shape it passes for, nothing card-like is written (PCI DSS 3.5.1 covers audit logs).
  if (containsCardData(value)) return false;
  // Our ids are random base 62: twelve digits in a row there, even split by separators, is a
  // card number riding along.
  if (/\d{12,}/.test(value.replace(/[_.\s-]/g, ''))) return false;
  if (id.test(value)) return true;
  if (customerNumber.test(value)) return true;
  // Runs of digits are codes, phone, card or account numbers: never welcome in a word.
  return word.test(value) && !/\d{4,}/.test(value);
}

export function assertAuditSafe(input: AuditInput): void {
  const problems: string[] = [];
  if (!actor.test(input.actor)) problems.push('actor');
  for (const field of ['customerId', 'sessionId', 'resource'] as const) {
    const value = input[field];
    if (value != null && !safeString(value)) problems.push(field);
  }
  if (input.jurisdiction != null && !jurisdiction.test(input.jurisdiction))
    problems.push('jurisdiction');
  if (input.ipAddress != null && !ip.test(input.ipAddress)) problems.push('ipAddress');
  for (const flag of input.complianceFlags ?? [])
    if (!word.test(flag)) problems.push('complianceFlags');
  for (const [key, value] of Object.entries(input.metadata ?? {})) {
    if (!word.test(key)) problems.push(`metadata key`);
    else if (typeof value === 'string' && !safeString(value)) problems.push(`metadata.${key}`);
    // Twelve digits and more is a card or account number written as a number, not a count.
    else if (typeof value === 'number' && !(Number.isFinite(value) && Math.abs(value) < 1e11))
      problems.push(`metadata.${key}`);
  }
  if (problems.length > 0) {
    throw new AppError(
      'INTERNAL',
      `refused to audit a value that is not an id or a flag: ${[...new Set(problems)].join(', ')}`,
    );
  }
}
