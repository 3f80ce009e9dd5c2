import type { DisputeNetwork, DisputeReason } from './enums.js';

/**
 * Card-network reason codes per RULES.md §4. Network rules are private; the codes and limits come
 * from acquirer and dispute-vendor copies, so treat the limits as defaults the back office may
 * tighten.
 */
export interface NetworkReasonCode {
  network: DisputeNetwork;
  /** '10.4', '4837', 'R10'; null when the network has no code for this claim or we have no source. */
  code: string | null;
  /** The code's name, or why there is none. */
  name: string;
  /** Calendar days from the transaction's processing date; null when no network window applies. */
  filingLimitDays: number | null;
  /**
   * Set for codes whose window may instead run from a later date (expected delivery, receipt of
   * the goods, the date on the credit voucher): the most days after the processing date that
   * extension may reach.
   */
  extendedLimitCapDays: number | null;
}

export interface ReasonCodeInput {
  reason: DisputeReason;
  network: DisputeNetwork;
  /**
   * Whether the card was present. Unknown (null) is treated as absent: card-absent is where most
   * card fraud now happens, and nothing on file would support a card-present fraud code.
   */
  cardPresent: boolean | null | undefined;
}

type Entry = Omit<NetworkReasonCode, 'network'>;

const STANDARD_DAYS = 120;
const EXTENDED_CAP_DAYS = 540;

function entry(
  code: string | null,
  name: string,
  filingLimitDays: number | null,
  cap = false,
): Entry {
  return { code, name, filingLimitDays, extendedLimitCapDays: cap ? EXTENDED_CAP_DAYS : null };
}

function visa(reason: DisputeReason, cardPresent: boolean): Entry {
  switch (reason) {
    // Visa has no "does not recognise" code: an unrecognised charge is filed as fraud.
    case 'fraudulent':
    case 'unrecognized':
      return cardPresent
        ? entry('10.3', 'Other Fraud: Card-Present Environment', STANDARD_DAYS)
        : entry('10.4', 'Other Fraud: Card-Absent Environment', STANDARD_DAYS);
    case 'product_not_received':
      return entry('13.1', 'Merchandise/Services Not Received', STANDARD_DAYS, true);
    case 'duplicate':
      return entry('12.6.1', 'Duplicate Processing', STANDARD_DAYS);
    case 'product_unacceptable':
      return entry(
        '13.3',
        'Not as Described or Defective Merchandise/Services',
        STANDARD_DAYS,
        true,
      );
    case 'subscription_canceled':
      return entry('13.2', 'Cancelled Recurring Transaction', STANDARD_DAYS);
    case 'credit_not_processed':
      // Runs from the credit voucher's date; since October 2021 never past 540 days from the sale.
      return entry('13.6', 'Credit Not Processed', STANDARD_DAYS, true);
    case 'general':
      // No single code fits an unclassified complaint; every consumer-dispute code in §4.1 allows
      // 120 days, so the window is known even before the back office picks the code.
      return entry(null, 'Consumer dispute: the back office picks the Visa code', STANDARD_DAYS);
  }
}

function mastercard(reason: DisputeReason): Entry {
  switch (reason) {
    case 'fraudulent':
      // 4837 covers both card-present and card-absent fraud; the chip liability-shift codes
      // (4870/4871) need terminal data a customer report does not carry.
      return entry('4837', 'No Cardholder Authorization', STANDARD_DAYS);
    case 'unrecognized':
      return entry('4863', 'Cardholder Does Not Recognize: Potential Fraud', STANDARD_DAYS);
    case 'duplicate':
      // Sources disagree on 90 or 120 days (RULES.md open item 1); the shorter one cannot make
      // us file late.
      return entry('4834', 'Point-of-Interaction Error: Duplicate Processing', 90);
    case 'product_not_received':
      return entry(
        '4853',
        'Cardholder Dispute: Goods or Services Not Provided',
        STANDARD_DAYS,
        true,
      );
    case 'product_unacceptable':
      return entry('4853', 'Cardholder Dispute: Not as Described or Defective', STANDARD_DAYS);
    case 'subscription_canceled':
      return entry('4853', 'Cardholder Dispute: Cancelled Recurring Transaction', STANDARD_DAYS);
    case 'credit_not_processed':
      return entry('4853', 'Cardholder Dispute: Credit Not Processed', STANDARD_DAYS);
    case 'general':
      return entry('4853', 'Cardholder Dispute', STANDARD_DAYS);
  }
}

function ach(reason: DisputeReason): Entry {
  if (reason === 'fraudulent' || reason === 'unrecognized') {
    // ACH has no chargebacks; the analogue is the return the bank sends for an unauthorized
    // consumer debit, due within 60 days of settlement (RULES.md §8.2, marked to verify).
    return entry('R10', 'ACH return: customer advises unauthorized', 60);
  }
  return entry(null, 'No ACH return code: handled as a Regulation E error claim', null);
}

/** The network's code for this claim, its name, and its filing window. */
export function networkReasonCode(input: ReasonCodeInput): NetworkReasonCode {
  const cardPresent = input.cardPresent === true;
  const found = ((): Entry => {
    switch (input.network) {
      case 'visa':
        return visa(input.reason, cardPresent);
      case 'mastercard':
        return mastercard(input.reason);
      case 'ach':
        return ach(input.reason);
      case 'amex':
      case 'discover':
        // Their codes are not in RULES.md §4; a guessed code stored on a case is worse than none.
        return entry(null, 'Not in our rules sheet: the back office assigns the code', null);
      case 'zelle':
        // Zelle has no chargeback; the customer's remedy is Regulation E error resolution.
        return entry(null, 'No network dispute: handled as a Regulation E error claim', null);
      case 'other':
        return entry(null, 'No network reason code', null);
    }
  })();
  return { network: input.network, ...found };
}
