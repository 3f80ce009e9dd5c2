/**
 * Stripe's published test cards (docs.stripe.com/testing, docs.stripe.com/radar/testing) and what
 * each one does. The sandbox processor and the tests' fake Stripe both decide by this one table,
 * so the two processors give the same answers for the same card. Any other valid number succeeds.
 */
export type TestCardOutcome =
  | { kind: 'success' }
  | {
      kind: 'decline';
      /** Stripe's error `code` on the 402 card_error. */
      code: 'card_declined' | 'expired_card' | 'incorrect_cvc' | 'processing_error';
      /** Stripe's `decline_code`, where its table gives one. */
      declineCode?: string;
    };

export interface TestCard {
  pan: string;
  label: string;
  outcome: TestCardOutcome;
}

const success: TestCardOutcome = { kind: 'success' };

export const stripeTestCards: readonly TestCard[] = [
  { pan: '4242424242424242', label: 'Visa', outcome: success },
  { pan: '4000056655665556', label: 'Visa (debit)', outcome: success },
  { pan: '5555555555554444', label: 'Mastercard', outcome: success },
  { pan: '2223003122003222', label: 'Mastercard (2-series)', outcome: success },
  { pan: '5200828282828210', label: 'Mastercard (debit)', outcome: success },
  { pan: '5105105105105100', label: 'Mastercard (prepaid)', outcome: success },
  { pan: '378282246310005', label: 'American Express', outcome: success },
  { pan: '371449635398431', label: 'American Express', outcome: success },
  { pan: '6011111111111117', label: 'Discover', outcome: success },
  { pan: '6011000990139424', label: 'Discover', outcome: success },
  { pan: '3056930009020004', label: 'Diners Club', outcome: success },
  { pan: '36227206271667', label: 'Diners Club (14 digits)', outcome: success },
  { pan: '3566002020360505', label: 'JCB', outcome: success },
  { pan: '6200000000000005', label: 'UnionPay', outcome: success },
  { pan: '6205500000000000004', label: 'UnionPay (19 digits)', outcome: success },
  {
    pan: '4000000000000002',
    label: 'generic decline',
    outcome: { kind: 'decline', code: 'card_declined', declineCode: 'generic_decline' },
  },
  {
    pan: '4000000000009995',
    label: 'insufficient funds',
    outcome: { kind: 'decline', code: 'card_declined', declineCode: 'insufficient_funds' },
  },
  {
    pan: '4000000000009987',
    label: 'lost card',
    outcome: { kind: 'decline', code: 'card_declined', declineCode: 'lost_card' },
  },
  {
    pan: '4000000000009979',
    label: 'stolen card',
    outcome: { kind: 'decline', code: 'card_declined', declineCode: 'stolen_card' },
  },
  {
    pan: '4000000000000069',
    label: 'expired card',
    outcome: { kind: 'decline', code: 'expired_card' },
  },
  {
    pan: '4000000000000127',
    label: 'incorrect CVC',
    outcome: { kind: 'decline', code: 'incorrect_cvc' },
  },
  {
    pan: '4000000000000119',
    label: 'processing error',
    outcome: { kind: 'decline', code: 'processing_error' },
  },
  {
    pan: '4000000000006975',
    label: 'velocity limit exceeded',
    outcome: { kind: 'decline', code: 'card_declined', declineCode: 'card_velocity_exceeded' },
  },
  {
    // Radar's "highest risk, always blocked" card.
    pan: '4100000000000019',
    label: 'blocked as fraudulent',
    outcome: { kind: 'decline', code: 'card_declined', declineCode: 'fraudulent' },
  },
  {
    // Its CVC check fails whenever a CVC is given, and bankdesk always gives one.
    pan: '4000000000000101',
    label: 'CVC check fails',
    outcome: { kind: 'decline', code: 'incorrect_cvc' },
  },
];

const byPan = new Map(stripeTestCards.map((card) => [card.pan, card.outcome]));

export function testCardOutcome(pan: string): TestCardOutcome {
  return byPan.get(pan) ?? success;
}
