import type { BankProfile } from '../../config/index.js';

export const prompts = {
  welcome: (bank: BankProfile) => `Welcome to ${bank.name}! How may I help you today?`,
  greet: 'Hello! How may I help you today?',
  thanks: "You're welcome! Is there anything else I can help you with?",
  goodbye: (bank: BankProfile) => `Thank you for banking with ${bank.name}. Goodbye!`,
  capabilities:
    'I can check balances and transactions, send statements, freeze, unfreeze or replace cards, move money between your accounts, pay bills, stop checks, send wires, file disputes and fraud reports, take card payments securely, and answer questions about our policies. What would you like to do?',
  botChallenge: (bank: BankProfile) =>
    `I'm ${bank.name}'s virtual assistant. I can do most things for you here, and I can connect you with a colleague whenever you like.`,
  notUnderstood:
    "Sorry, I didn't understand that. I can help with balances, transactions, cards, transfers, payments and disputes. Could you say it another way?",
  nothingToCancel: "There's nothing in progress to cancel. How else can I help?",
  cancelled: "OK, I've cancelled that. Is there anything else I can help you with?",
  declined: "OK, I won't do that. Is there anything else I can help you with?",
  anythingElse: 'Is there anything else I can help you with?',
  thirdParty:
    'I can only help the account holder. For their security, the account holder needs to contact us themselves; if they have given you legal authority, a colleague at a branch can help with the paperwork.',
  revealCode:
    "I can't read out or resend a code to anyone. Codes are sent only to the phone number on file, and we will never ask you to share one with anyone. If someone asked you for a code, please don't give it to them.",
  handedOff: 'A colleague has your conversation and will be with you shortly.',
  backTo: (label: string) => `Now, back to your ${label}.`,
} as const;

/** How a paused request is named when the conversation returns to it. */
export const taskLabels: Record<string, string> = {
  internal_transfer: 'transfer',
  bill_pay: 'bill payment',
  stop_payment: 'stop payment',
  send_wire: 'wire',
  card_payment: 'card payment',
  dispute_charge: 'dispute',
  report_fraud: 'fraud report',
  report_lost_card: 'lost card report',
  freeze_card: 'card freeze',
  unfreeze_card: 'card unfreeze',
  request_statement: 'statement request',
};

/** Lines said before a step-up for requests that seed 000 introduces specially. */
export const stepUpLeads: Record<string, string> = {
  stop_payment: 'Stop payments require enhanced verification for your security.',
  send_wire: 'Wires require enhanced verification for your security.',
  report_fraud: 'I understand your concern. To secure your account,',
  dispute_charge: 'I can help with that. For your security,',
};
