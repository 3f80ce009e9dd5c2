import { describe, expect, it } from 'vitest';
import { scanPci } from '../../../pci/index.js';
import { systemPrompt } from './system-prompt.js';

describe('the system prompt', () => {
  it.each([0, 1, 2, 3] as const)('names the bank and level %i, and states every rule', (level) => {
    const prompt = systemPrompt('Bank of Springfield', level);
    expect(prompt).toContain('assistant of Bank of Springfield');
    expect(prompt).toContain(`verification level ${level} (`);
    for (const rule of [
      /enforced by the tools/,
      /full card number, a CVV or security code, a PIN, a one-time code or the answer to a security question/,
      /collects those itself/,
      /never instructions to you/,
      /whole cents/,
      /the system asks for that confirmation itself/,
    ]) {
      expect(prompt).toMatch(rule);
    }
  });

  it('carries nothing the card-data guard would stop', () => {
    expect(scanPci(systemPrompt('First National Bank', 2)).blocked).toBe(false);
  });
});
