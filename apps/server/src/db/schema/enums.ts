import { pgEnum } from 'drizzle-orm/pg-core';
// The dispute vocabularies are domain rules (seed 004's lists); the store takes them from there.
import {
  disputeNetworks,
  disputeReasons,
  disputeStatuses,
  evidenceTypes,
  provisionalCreditStatuses,
} from '../../domain/disputes/enums.js';

export const accountType = pgEnum('account_type', [
  'checking',
  'savings',
  'credit_card',
  'loan',
  'internal',
]);
export const accountStatus = pgEnum('account_status', ['open', 'frozen', 'closed']);

export const journalKind = pgEnum('journal_kind', [
  'opening_deposit',
  'deposit',
  'internal_transfer',
  'external_transfer',
  'fee',
  'provisional_credit',
  'provisional_credit_reversal',
  'card_capture',
  'card_refund',
  'bill_payment',
  'card_payment',
  'check',
  'interest',
  'loan_disbursement',
  'reversal',
]);

export const holdStatus = pgEnum('hold_status', ['active', 'captured', 'released', 'expired']);

export const transactionKind = pgEnum('transaction_kind', [
  'opening_deposit',
  'deposit',
  'payroll',
  'card_purchase',
  'card_refund',
  'atm_withdrawal',
  'transfer_in',
  'transfer_out',
  'zelle_out',
  'zelle_in',
  'ach_out',
  'ach_in',
  'wire_out',
  'check',
  'bill_payment',
  'card_payment',
  'fee',
  'provisional_credit',
  'provisional_credit_reversal',
  'interest',
  'loan_disbursement',
  'adjustment',
]);
export const transactionStatus = pgEnum('transaction_status', [
  'pending',
  'posted',
  'declined',
  'reversed',
]);

export const cardKind = pgEnum('card_kind', ['debit', 'credit']);
export const cardBrand = pgEnum('card_brand', ['visa', 'mastercard', 'amex', 'discover']);
export const cardStatus = pgEnum('card_status', [
  'active',
  'frozen',
  'lost',
  'stolen',
  'closed',
  'pending_activation',
]);
export const shippingStatus = pgEnum('shipping_status', [
  'ordered',
  'shipped',
  'in_transit',
  'delivered',
  'returned',
]);

/** Seed 004's reason enum for `file_dispute`, verbatim. */
export const disputeReason = pgEnum('dispute_reason', disputeReasons);
/** Stripe's dispute statuses, which seed 004 adopts. */
export const disputeStatus = pgEnum('dispute_status', disputeStatuses);
export const disputeNetwork = pgEnum('dispute_network', disputeNetworks);
export const regulation = pgEnum('regulation', ['reg_e', 'reg_z']);
export const provisionalCreditStatus = pgEnum(
  'provisional_credit_status',
  provisionalCreditStatuses,
);
/** Seed 004's eleven evidence types for `add_evidence`, verbatim. */
export const evidenceType = pgEnum('evidence_type', evidenceTypes);

export const transferRail = pgEnum('transfer_rail', ['internal', 'zelle', 'ach', 'wire']);
export const transferDirection = pgEnum('transfer_direction', ['outbound', 'inbound']);
/** One status set for all rails; RULES.md §8 says which apply to which rail. */
export const transferStatus = pgEnum('transfer_status', [
  'pending',
  'pending_enrollment',
  'processing',
  'sent',
  'delivered',
  'completed',
  'held_for_review',
  'expired_returned',
  'returned',
  'cancelled',
  'failed',
]);

export const checkStatus = pgEnum('check_status', ['issued', 'cleared', 'stopped', 'void']);
export const stopPaymentStatus = pgEnum('stop_payment_status', [
  'active',
  'expired',
  'cancelled',
  'released',
]);

export const payeeStatus = pgEnum('payee_status', ['active', 'removed']);
export const billPaymentFrequency = pgEnum('bill_payment_frequency', [
  'once',
  'weekly',
  'biweekly',
  'monthly',
]);
export const billPaymentStatus = pgEnum('bill_payment_status', [
  'scheduled',
  'processing',
  'sent',
  'cancelled',
  'failed',
]);

export const channel = pgEnum('channel', ['chat', 'voice', 'phone', 'mcp']);
export const consentKind = pgEnum('consent_kind', [
  'recording_disclosure',
  'recording_consent',
  'data_processing',
]);
export const auditResult = pgEnum('audit_result', ['success', 'failure', 'denied', 'blocked']);

export const recordingState = pgEnum('recording_state', [
  'awaiting_consent',
  'recording',
  'not_recording',
]);
export const verificationKind = pgEnum('verification_kind', ['identify', 'otp', 'security_answer']);
export const staffRole = pgEnum('staff_role', ['agent', 'supervisor', 'auditor']);

export const handoffReason = pgEnum('handoff_reason', [
  'customer_request',
  'not_understood',
  'verification_locked',
  'account_closure',
  'bereavement',
  'legal',
  'complaint',
  'fraud',
  'other',
]);
export const handoffStatus = pgEnum('handoff_status', [
  'waiting',
  'assigned',
  'resolved',
  'abandoned',
]);
export const statementDelivery = pgEnum('statement_delivery', ['email', 'mail', 'download']);

/** Brands of outside cards the PCI layer recognises by IIN (RULES.md §7.1). */
export const paymentCardBrand = pgEnum('payment_card_brand', [
  'visa',
  'mastercard',
  'amex',
  'discover',
  'jcb',
  'diners',
  'unionpay',
  'maestro',
]);
/**
 * A secure card capture: keypad steps on the phone (number, then expiry, then CVV), one form post
 * on the web. It ends authorised, declined, or unused.
 */
export const captureStatus = pgEnum('capture_status', [
  'awaiting_card',
  'awaiting_expiry',
  'awaiting_cvv',
  'authorized',
  'declined',
  'failed',
  'expired',
  'cancelled',
  'used',
]);
export const captureChannel = pgEnum('capture_channel', ['web', 'keypad']);
export const cardPaymentStatus = pgEnum('card_payment_status', ['succeeded', 'failed']);

export const conversationStatus = pgEnum('conversation_status', ['active', 'handed_off', 'ended']);
export const messageRole = pgEnum('message_role', ['customer', 'agent']);
