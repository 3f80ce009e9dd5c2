import { describe, expect, it } from 'vitest';
import { scanPci, spelledDigits } from '../apps/server/src/pci/detect/index.js';
import type { PciScan } from '../apps/server/src/pci/detect/index.js';
import { generateHarmlessCorpus, generatePanCorpus } from '../bench/pci-corpus.js';
import type { PanItem } from '../bench/pci-corpus.js';

/**
 * The detector's acceptance (PCI guardrails issue): on 100,000 card numbers in every format it
 * must block every one, and on 100,000 harmless texts full of numbers it may block at most 0.1%.
 * Fixed seeds, so a failure names an item that reproduces.
 */

const SIZE = 100_000;
const SEED = 20261121;

function scanLast(texts: readonly string[]): PciScan {
  const last = texts.length - 1;
  return scanPci(texts[last]!, { earlier: texts.slice(0, last) });
}

/** Why an item is not caught as required, or null when it is. */
function miss(item: PanItem): string | null {
  const scan = scanLast(item.texts);
  if (!scan.blocked) return 'not blocked';
  if (item.texts.length === 1) {
    const cards = scan.findings.filter((f) => f.kind === 'pan' || f.kind === 'track');
    if (!cards.some((f) => f.last4 === item.last4)) return `no card finding ending ${item.last4}`;
    return null;
  }
  for (let m = 0; m < item.texts.length - 1; m++) {
    const covered = scan.earlier
      .filter((s) => s.message === m)
      .map((s) => spelledDigits(item.texts[m]!.slice(s.start, s.end)))
      .join('');
    if (covered !== item.pieces![m]) return `message ${m}: spans cover "${covered}"`;
  }
  return null;
}

describe('PCI detector accuracy', () => {
  it('blocks every card number of the corpus, in every format', () => {
    const items = generatePanCorpus(SEED, SIZE);
    expect(items.length).toBeGreaterThanOrEqual(100_000);
    const byFormat = new Map<string, { total: number; caught: number }>();
    const misses: string[] = [];
    for (const [index, item] of items.entries()) {
      const why = miss(item);
      const row = byFormat.get(item.format) ?? { total: 0, caught: 0 };
      row.total++;
      if (why === null) row.caught++;
      else if (misses.length < 10) misses.push(`#${index} ${item.format}: ${why}`);
      byFormat.set(item.format, row);
    }
    const lines = [...byFormat].map(
      ([format, { total, caught }]) =>
        `  ${format.padEnd(18)} ${String(caught).padStart(6)} / ${total}  ${((100 * caught) / total).toFixed(2)}%`,
    );
    console.log(`card-number recall by format (seed ${SEED}):\n${lines.join('\n')}`);
    expect(misses).toEqual([]);
    expect(byFormat.size).toBeGreaterThanOrEqual(12);
  });

  it('blocks at most 0.1% of harmless texts full of numbers', () => {
    const items = generateHarmlessCorpus(SEED, SIZE);
    expect(items.length).toBeGreaterThanOrEqual(100_000);
    const flagged = new Map<string, number>();
    const examples: string[] = [];
    for (const [index, item] of items.entries()) {
      if (!scanLast(item.texts).blocked) continue;
      flagged.set(item.category, (flagged.get(item.category) ?? 0) + 1);
      if (examples.length < 10)
        examples.push(`#${index} ${item.category}: ${JSON.stringify(item.texts)}`);
    }
    const total = [...flagged.values()].reduce((a, b) => a + b, 0);
    console.log(
      `harmless texts blocked: ${total} of ${items.length} (${((100 * total) / items.length).toFixed(3)}%)` +
        (examples.length ? `\n  ${examples.join('\n  ')}` : ''),
    );
    expect(total / items.length).toBeLessThanOrEqual(0.001);
  });
});
