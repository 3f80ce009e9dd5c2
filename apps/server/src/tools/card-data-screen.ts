import { scanPci } from '../pci/index.js';
import type { PciKind } from '../pci/index.js';

/**
 * Card data in a tool's input — a narrative with a card number in it, a number passed where an
 * amount belongs — is refused before anything runs or is stored. Integers of twelve digits and
 * more are read as text too: a card number needs no quotes to be one.
 */
export function cardDataInInput(input: unknown): PciKind[] {
  const kinds = new Set<PciKind>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const finding of scanPci(value).findings) kinds.add(finding.kind);
    } else if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) >= 1e11) {
      for (const finding of scanPci(`card ${String(Math.abs(value))}`).findings)
        kinds.add(finding.kind);
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value && typeof value === 'object') {
      Object.values(value).forEach(visit);
    }
  };
  visit(input);
  return [...kinds].sort();
}
