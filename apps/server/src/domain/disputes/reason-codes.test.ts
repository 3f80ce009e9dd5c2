import { describe, expect, it } from 'vitest';
import { disputeNetworks, disputeReasons } from './enums.js';
import type { DisputeReason } from './enums.js';
import { networkReasonCode } from './reason-codes.js';

/** [reason, Visa card present, Visa card absent, Mastercard (either), Mastercard days] */
const expected: ReadonlyArray<[DisputeReason, string | null, string | null, string, number]> = [
  ['fraudulent', '10.3', '10.4', '4837', 120],
  ['unrecognized', '10.3', '10.4', '4863', 120],
  ['product_not_received', '13.1', '13.1', '4853', 120],
  ['duplicate', '12.6.1', '12.6.1', '4834', 90],
  ['product_unacceptable', '13.3', '13.3', '4853', 120],
  ['subscription_canceled', '13.2', '13.2', '4853', 120],
  ['credit_not_processed', '13.6', '13.6', '4853', 120],
  ['general', null, null, '4853', 120],
];

describe('network reason codes', () => {
  it('covers every reason', () => {
    expect(expected.map(([reason]) => reason).sort()).toEqual([...disputeReasons].sort());
  });

  describe.each(expected)('%s', (reason, visaPresent, visaAbsent, mc, mcDays) => {
    it('on Visa with the card present', () => {
      const code = networkReasonCode({ reason, network: 'visa', cardPresent: true });
      expect(code).toMatchObject({ network: 'visa', code: visaPresent, filingLimitDays: 120 });
    });
    it('on Visa with the card absent', () => {
      const code = networkReasonCode({ reason, network: 'visa', cardPresent: false });
      expect(code).toMatchObject({ network: 'visa', code: visaAbsent, filingLimitDays: 120 });
    });
    it('on Mastercard with the card present and absent', () => {
      for (const cardPresent of [true, false]) {
        const code = networkReasonCode({ reason, network: 'mastercard', cardPresent });
        expect(code).toMatchObject({ network: 'mastercard', code: mc, filingLimitDays: mcDays });
      }
    });
  });

  it('names the codes', () => {
    expect(
      networkReasonCode({ reason: 'fraudulent', network: 'visa', cardPresent: false }).name,
    ).toBe('Other Fraud: Card-Absent Environment');
    expect(
      networkReasonCode({ reason: 'fraudulent', network: 'mastercard', cardPresent: true }).name,
    ).toBe('No Cardholder Authorization');
  });

  it('treats an unknown card presence as card absent', () => {
    for (const cardPresent of [null, undefined]) {
      expect(networkReasonCode({ reason: 'fraudulent', network: 'visa', cardPresent }).code).toBe(
        '10.4',
      );
    }
  });

  it('extends only the codes whose window can run from a later date', () => {
    const extendable = (network: 'visa' | 'mastercard') =>
      disputeReasons.filter(
        (reason) =>
          networkReasonCode({ reason, network, cardPresent: false }).extendedLimitCapDays === 540,
      );
    expect(extendable('visa')).toEqual([
      'product_not_received',
      'product_unacceptable',
      'credit_not_processed',
    ]);
    expect(extendable('mastercard')).toEqual(['product_not_received']);
  });

  it('uses R10 for unauthorized ACH debits and nothing for other ACH claims', () => {
    for (const reason of ['fraudulent', 'unrecognized'] as const) {
      expect(networkReasonCode({ reason, network: 'ach', cardPresent: null })).toMatchObject({
        code: 'R10',
        filingLimitDays: 60,
      });
    }
    expect(
      networkReasonCode({ reason: 'duplicate', network: 'ach', cardPresent: null }),
    ).toMatchObject({ code: null, filingLimitDays: null });
  });

  it('gives no code or network window for Zelle, other, and networks without a source', () => {
    for (const network of ['zelle', 'other', 'amex', 'discover'] as const) {
      for (const reason of disputeReasons) {
        const code = networkReasonCode({ reason, network, cardPresent: false });
        expect(code).toMatchObject({ network, code: null, filingLimitDays: null });
        expect(code.name.length).toBeGreaterThan(0);
      }
    }
  });

  it('answers for every reason on every network', () => {
    for (const network of disputeNetworks) {
      for (const reason of disputeReasons) {
        for (const cardPresent of [true, false]) {
          expect(networkReasonCode({ reason, network, cardPresent }).network).toBe(network);
        }
      }
    }
  });
});
