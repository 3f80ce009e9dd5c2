import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../errors/index.js';

/**
 * What differs from bank to bank: fees, cutoffs, limits, closures. The defaults are the demo
 * bank's, taken from the seed dialogues ($35 stop payment, 6 months, replacement in 5–7 business
 * days) and RULES.md §8 (typical wire fees, Fedwire-based cutoff). A bank overrides any of it
 * with a JSON file named by BANKDESK_BANK_PROFILE.
 */
// Strict throughout: a misspelt key in a bank's profile must stop the start, not be ignored.
export const bankProfileSchema = z.strictObject({
  name: z.string().min(1),
  customerServicePhone: z.string().min(7),
  mailingAddress: z.string().min(1),
  fees: z.strictObject({
    stopPaymentCents: z.number().int().nonnegative(),
    domesticWireCents: z.number().int().nonnegative(),
    sameDayAchCents: z.number().int().nonnegative(),
    expeditedCardCents: z.number().int().nonnegative(),
  }),
  stopPaymentValidMonths: z.number().int().min(1).max(12),
  replacementCardBusinessDays: z
    .strictObject({
      min: z.number().int().min(1),
      max: z.number().int().min(1),
    })
    .refine((days) => days.min <= days.max, 'min must not be more than max'),
  /** Local time (HH:MM, bank time zone) after which a wire goes out the next business day. */
  wireCutoff: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  zelleUnclaimedExpiryDays: z.number().int().min(1).max(60),
  limits: z.strictObject({
    internalTransferCents: z.number().int().positive(),
    wireCents: z.number().int().positive(),
    billPaymentCents: z.number().int().positive(),
    /** One payment made with an outside card (seed 003's phone payments). */
    cardPaymentCents: z.number().int().positive(),
  }),
  /** The bank's own closures on top of the Federal Reserve calendar ('YYYY-MM-DD'). */
  extraClosures: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  /** Reg E business days are the bank's: some banks are open for business on Saturdays. */
  saturdaysAreBusinessDays: z.boolean(),
  /** Days a customer has to send evidence after filing a dispute. */
  disputeEvidenceDays: z.number().int().min(1).max(60),
});

export type BankProfile = z.infer<typeof bankProfileSchema>;

export const defaultBankProfile: BankProfile = {
  name: 'First National Bank',
  customerServicePhone: '1-800-555-0199',
  mailingAddress: 'First National Bank, PO Box 1000, Denver, CO 80202',
  fees: {
    stopPaymentCents: 3_500,
    domesticWireCents: 2_500,
    sameDayAchCents: 0,
    expeditedCardCents: 2_500,
  },
  stopPaymentValidMonths: 6,
  replacementCardBusinessDays: { min: 5, max: 7 },
  wireCutoff: '16:00',
  zelleUnclaimedExpiryDays: 14,
  limits: {
    internalTransferCents: 2_500_000,
    wireCents: 10_000_000,
    billPaymentCents: 1_000_000,
    cardPaymentCents: 500_000,
  },
  extraClosures: [],
  saturdaysAreBusinessDays: false,
  disputeEvidenceDays: 20,
};

/** The default profile with a file's overrides on top; a bad file stops the start with one message. */
export function loadBankProfile(file: string | undefined, bankName?: string): BankProfile {
  const base = bankName ? { ...defaultBankProfile, name: bankName } : defaultBankProfile;
  if (!file) return base;
  let overrides: unknown;
  try {
    overrides = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AppError(
      'CONFIG_INVALID',
      `BANKDESK_BANK_PROFILE ${file} is not readable JSON: ${(error as Error).message}`,
    );
  }
  const merged = bankProfileSchema.safeParse(deepMerge(base, overrides));
  if (!merged.success) {
    const problems = merged.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new AppError('CONFIG_INVALID', `BANKDESK_BANK_PROFILE ${file} — ${problems}`);
  }
  return merged.data;
}

function deepMerge(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (
    base &&
    over &&
    typeof base === 'object' &&
    typeof over === 'object' &&
    !Array.isArray(base) &&
    !Array.isArray(over)
  ) {
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [key, value] of Object.entries(over as Record<string, unknown>)) {
      // JSON.parse makes "__proto__" an own key; assigning it would replace the prototype.
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
        throw new AppError(
          'CONFIG_INVALID',
          `BANKDESK_BANK_PROFILE may not contain the key ${key}`,
        );
      }
      out[key] = deepMerge((base as Record<string, unknown>)[key], value);
    }
    return out;
  }
  return over;
}
