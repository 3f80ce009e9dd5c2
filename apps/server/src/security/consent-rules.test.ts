import { describe, expect, it } from 'vitest';
import { disclosureText, recordingRuleFor, stricterRule } from './consent-rules.js';

describe('recording consent rules (RULES.md §9.1)', () => {
  it('needs everyone’s consent in the all-party states, and where the rule is mixed', () => {
    for (const state of [
      'CA',
      'DE',
      'FL',
      'IL',
      'MD',
      'MA',
      'MT',
      'NV',
      'NH',
      'PA',
      'WA',
      'CT',
      'MI',
    ]) {
      expect(recordingRuleFor(`US-${state}`)).toBe('all_party');
    }
  });

  it('needs one party’s consent elsewhere in the US, Oregon’s phone rule and Vermont included', () => {
    for (const state of ['CO', 'TX', 'NY', 'OR', 'VT', 'TN', 'DC', 'GA']) {
      expect(recordingRuleFor(`US-${state}`)).toBe('one_party');
    }
  });

  it('treats an unknown or foreign jurisdiction as all-party', () => {
    expect(recordingRuleFor(null)).toBe('all_party');
    expect(recordingRuleFor(undefined)).toBe('all_party');
    expect(recordingRuleFor('DE-BE')).toBe('all_party');
  });

  it('follows the stricter state on an interstate call', () => {
    expect(stricterRule('one_party', 'all_party')).toBe('all_party');
    expect(stricterRule('one_party', 'one_party')).toBe('one_party');
  });

  it('discloses in seed 000’s words, and asks where consent is needed', () => {
    expect(disclosureText('phone', 'one_party')).toBe(
      'This call may be recorded for quality assurance and regulatory compliance.',
    );
    expect(disclosureText('chat', 'all_party')).toMatch(
      /^This conversation may be recorded .* permission to record it\?/,
    );
  });
});
