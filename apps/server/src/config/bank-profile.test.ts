import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors/index.js';
import { defaultBankProfile, loadBankProfile } from './bank-profile.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'bankdesk-profile-'));
function profileFile(name: string, content: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}
function refusal(file: string): string {
  try {
    loadBankProfile(file);
  } catch (error) {
    if (isAppError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
  throw new Error('the profile was accepted');
}

describe('the bank profile', () => {
  it("is the demo bank's without a file, with the configured name", () => {
    expect(loadBankProfile(undefined)).toEqual(defaultBankProfile);
    expect(loadBankProfile(undefined, 'Mesa Credit Union').name).toBe('Mesa Credit Union');
    expect(defaultBankProfile.fees.stopPaymentCents).toBe(3_500);
    expect(defaultBankProfile.replacementCardBusinessDays).toEqual({ min: 5, max: 7 });
  });

  it('overrides only what the file names, nested objects included', () => {
    const file = profileFile(
      'mesa.json',
      JSON.stringify({
        fees: { domesticWireCents: 3_000 },
        wireCutoff: '15:30',
        extraClosures: ['2026-12-24'],
      }),
    );
    const profile = loadBankProfile(file);
    expect(profile.fees).toEqual({ ...defaultBankProfile.fees, domesticWireCents: 3_000 });
    expect(profile).toMatchObject({
      wireCutoff: '15:30',
      extraClosures: ['2026-12-24'],
      stopPaymentValidMonths: 6,
    });
  });

  it('stops the start with one clear message for a bad file', () => {
    expect(refusal(path.join(dir, 'missing.json'))).toMatch(
      /^CONFIG_INVALID: BANKDESK_BANK_PROFILE .*missing\.json is not readable JSON/,
    );
    expect(refusal(profileFile('broken.json', '{"fees": '))).toMatch(
      /^CONFIG_INVALID: .*not readable JSON/,
    );
    expect(refusal(profileFile('cutoff.json', '{"wireCutoff": "4pm"}'))).toMatch(
      /^CONFIG_INVALID: .*wireCutoff/,
    );
    expect(refusal(profileFile('negative.json', '{"fees": {"stopPaymentCents": -1}}'))).toMatch(
      /fees\.stopPaymentCents/,
    );
    expect(
      refusal(profileFile('days.json', '{"replacementCardBusinessDays": {"min": 9, "max": 7}}')),
    ).toMatch(/min must not be more than max/);
  });

  it('refuses a misspelt key rather than ignoring it', () => {
    expect(refusal(profileFile('typo.json', '{"wireCuttoff": "15:00"}'))).toMatch(/wireCuttoff/);
    expect(refusal(profileFile('typo-fee.json', '{"fees": {"stopPayment": 2500}}'))).toMatch(
      /stopPayment/,
    );
  });

  it('refuses a key that would replace the prototype', () => {
    expect(
      refusal(profileFile('proto.json', '{"fees": {"__proto__": {"polluted": true}}}')),
    ).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
