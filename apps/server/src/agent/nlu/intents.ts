/**
 * Everything the built-in brain can recognise. Capability intents carry the name the shared
 * BANKING77/CLINC150 intent maps use, so external labels can be scored against ours; FAQ topics
 * are `faq.<topic>` and count as `faq` there.
 */
export const capabilityIntents = [
  'check_balance',
  'view_transactions',
  'search_transactions',
  'request_statement',
  'report_lost_card',
  'freeze_card',
  'unfreeze_card',
  'replacement_status',
  'dispute_charge',
  'clarify_merchant',
  'internal_transfer',
  'transfer_status',
  'bill_pay',
  'stop_payment',
  'send_wire',
  'explain_pending',
  'report_fraud',
  'dispute_status',
  'provisional_credit',
  'compliance_deadline',
  'add_evidence',
  'fraud_check',
  'card_payment',
] as const;

export const faqIntents = [
  'faq.hours',
  'faq.routing_number',
  'faq.fees',
  'faq.overdraft',
  'faq.zelle',
  'faq.card_activation',
  'faq.pin',
  'faq.dispute_process',
  'faq.contact',
  'faq.security',
] as const;

/** Conversation moves rather than requests. */
export const smallTalkIntents = [
  'greet',
  'goodbye',
  'thanks',
  'affirm',
  'deny',
  'cancel',
  'capabilities',
  'bot_challenge',
] as const;

/** Matters a bank keeps human, and the explicit request for a person. */
export const humanIntents = [
  'human_handoff',
  'account_closure',
  'bereavement',
  'legal',
  'complaint',
] as const;

/** Attempts to get round verification: refused, never acted on. */
export const socialEngineeringIntents = ['third_party', 'reveal_code'] as const;

export const intents = [
  ...capabilityIntents,
  ...faqIntents,
  ...smallTalkIntents,
  ...humanIntents,
  ...socialEngineeringIntents,
  'out_of_scope',
] as const;

export type Intent = (typeof intents)[number];
export type CapabilityIntent = (typeof capabilityIntents)[number];
export type FaqIntent = (typeof faqIntents)[number];

export function isIntent(label: string): label is Intent {
  return (intents as readonly string[]).includes(label);
}

/** The label an external intent map would use for one of ours. */
export function capabilityOf(intent: Intent): string {
  if (intent.startsWith('faq.')) return 'faq';
  if (intent === 'account_closure' || intent === 'bereavement' || intent === 'legal')
    return 'human_handoff';
  return intent;
}
