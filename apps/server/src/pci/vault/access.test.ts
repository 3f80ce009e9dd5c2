import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as processors from '../processors/index.js';
import * as vault from './index.js';

const src = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

// A module path naming detokenize (static or dynamic import, re-export, require), or the function
// itself taken out of any module by name, however the import is spelled.
const namesTheModule = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*['"`][^'"`]*detokenize[^'"`]*['"`]/;
const takesTheFunction = /\b(?:import|export)\s+(?:type\s+)?\{[^}]*\bdetokenize\b[^}]*\}/;

function usesDetokenize(text: string): boolean {
  return namesTheModule.test(text) || takesTheFunction.test(text);
}

function mayUse(file: string): boolean {
  return (
    file.startsWith('pci/processors/') || file.startsWith('pci/vault/') || file.endsWith('.test.ts')
  );
}

describe('who may open a vaulted card number', () => {
  const files = sourceFiles(src).map((file) => ({
    file: path.relative(src, file).split(path.sep).join('/'),
    text: readFileSync(file, 'utf8'),
  }));

  it('is not part of the vault’s or the processors’ public face', () => {
    expect(Object.keys(vault)).not.toContain('detokenize');
    expect(Object.keys(processors)).not.toContain('detokenize');
    const reexporters = files
      .filter(({ file }) => file.endsWith('/index.ts'))
      .filter(({ text }) => usesDetokenize(text))
      .map(({ file }) => file);
    expect(reexporters).toEqual([]);
  });

  it('is only the payment processors', () => {
    const importers = files.filter(({ text }) => usesDetokenize(text)).map(({ file }) => file);
    expect(importers.filter((file) => !mayUse(file))).toEqual([]);
    // The scan is not vacuous: it does see the processors' own import.
    expect(importers).toContain('pci/processors/card-checks.ts');
  });

  it('catches the ways an import can be written', () => {
    for (const text of [
      "import { detokenize } from '../pci/vault/detokenize.js';",
      "import { x, detokenize as open } from '../somewhere/index.js';",
      "const m = await import('../pci/vault/detokenize.js');",
      "export * from './vault/detokenize.js';",
      'import {\n  findCard,\n  detokenize,\n} from "../vault/index.js";',
    ]) {
      expect(usesDetokenize(text), text).toBe(true);
    }
    expect(usesDetokenize("import { findCard } from '../pci/vault/index.js';")).toBe(false);
  });
});
