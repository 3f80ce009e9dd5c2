import { describe, expect, it } from 'vitest';
import { evidenceTypes } from './enums.js';
import {
  evidenceLength,
  evidenceTypeLabels,
  MAX_EVIDENCE_CHARACTERS,
  validateEvidence,
} from './evidence.js';

describe('evidence', () => {
  it('accepts each of the eleven types', () => {
    expect(evidenceTypes).toHaveLength(11);
    for (const type of evidenceTypes) {
      expect(validateEvidence({ type, content: 'I was abroad.' })).toEqual({
        ok: true,
        evidence: { type, content: 'I was abroad.' },
      });
      expect(evidenceTypeLabels[type]).toMatch(/^[A-Z]/);
    }
  });

  it('accepts exactly 20,000 characters and refuses 20,001', () => {
    expect(MAX_EVIDENCE_CHARACTERS).toBe(20_000);
    const atLimit = validateEvidence({ type: 'uncategorized_text', content: 'a'.repeat(20_000) });
    expect(atLimit.ok).toBe(true);
    const over = validateEvidence({ type: 'uncategorized_text', content: 'a'.repeat(20_001) });
    expect(over).toEqual({
      ok: false,
      code: 'INVALID_INPUT',
      message: 'evidence content is 20001 characters; the limit is 20000',
    });
  });

  it('counts characters as PostgreSQL does, not UTF-16 units', () => {
    const plane = '\u{1F6EB}'; // one code point, two UTF-16 units
    expect(plane.length).toBe(2);
    expect(evidenceLength(plane)).toBe(1);
    expect(evidenceLength('caf\u00e9')).toBe(4);
    const content = plane.repeat(20_000);
    expect(validateEvidence({ type: 'uncategorized_text', content }).ok).toBe(true);
    expect(validateEvidence({ type: 'uncategorized_text', content: content + 'x' }).ok).toBe(false);
  });

  it('refuses unknown types, by value', () => {
    for (const type of ['receipt', 'CUSTOMER_NAME', '', undefined, 3]) {
      const result = validateEvidence({ type, content: 'x' });
      expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
      if (!result.ok) expect(result.message).toContain('uncategorized_text');
    }
  });

  it('refuses empty or non-text content', () => {
    for (const content of ['', '   \n', null, 42]) {
      expect(validateEvidence({ type: 'customer_name', content })).toMatchObject({
        ok: false,
        code: 'INVALID_INPUT',
      });
    }
  });

  it('keeps the content exactly as given', () => {
    const content = '  Tracking: 1Z999AA10123456784 \n';
    const result = validateEvidence({ type: 'shipping_tracking_number', content });
    expect(result.ok && result.evidence.content).toBe(content);
  });
});
