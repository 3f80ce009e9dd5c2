import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as security from './index.js';

const src = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('who may raise an authentication level', () => {
  const files = sourceFiles(src).map((file) => ({
    file: path.relative(src, file),
    text: readFileSync(file, 'utf8'),
  }));

  it('is not part of the security module’s public face', () => {
    expect(Object.keys(security)).not.toContain('raiseLevel');
    expect(Object.keys(security)).not.toContain('bindCustomer');
  });

  it('is only the verifiers', () => {
    const callers = files
      .filter(({ text }) => /\b(raiseLevel|bindCustomer)\(/.test(text))
      .map(({ file }) => file)
      .sort();
    expect(callers).toEqual([
      'security/identify.ts',
      'security/otp.ts',
      'security/security-question.ts',
      'security/session-store.ts',
    ]);
  });

  it('writes the level column in one file only', () => {
    const writers = files
      .filter(({ text }) =>
        /\.update\(authSessions\)\s*\.set\(\{[^}]*(?<![\w.])level\s*:|\.insert\(authSessions\)\s*\.values\(\{[^}]*(?<![\w.])level\s*:/.test(
          text,
        ),
      )
      .map(({ file }) => file);
    expect(writers).toEqual(['security/session-store.ts']);
  });
});
