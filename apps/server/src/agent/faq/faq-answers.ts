import type { BankProfile } from '../../config/index.js';
import type { FaqIntent } from '../nlu/intents.js';

const money = (cents: number) => `$${(cents / 100).toFixed(2)}`;

/** The bank's policies in plain words; figures come from the bank profile, never from a model. */
export function faqAnswer(intent: FaqIntent, bank: BankProfile): string {
  switch (intent) {
    case 'faq.hours':
      return `I'm here 24 hours a day, every day. To speak with a colleague, call ${bank.customerServicePhone}.`;
    case 'faq.routing_number':
      return "You'll find the routing number at the bottom left of your checks and in online banking under account details. For wires, use the routing number on your wire instructions.";
    case 'faq.fees':
      return `A stop payment costs ${money(bank.fees.stopPaymentCents)}, a domestic wire ${money(bank.fees.domesticWireCents)}, and an expedited replacement card ${money(bank.fees.expeditedCardCents)}. Transfers between your own accounts are free.`;
    case 'faq.overdraft':
      return 'If a payment would overdraw your account we decline it rather than charge an overdraft fee. You can move money from savings to checking here at any time.';
    case 'faq.zelle':
      return `Zelle payments to enrolled recipients usually arrive within minutes. If the recipient has not enrolled, the money waits for them for ${bank.zelleUnclaimedExpiryDays} days and then comes back to you.`;
    case 'faq.card_activation':
      return 'Your new card activates the first time you use it with your PIN at an ATM or in a store, or in online banking under Cards.';
    case 'faq.pin':
      return 'For your security I never ask for your PIN. You can change it at any of our ATMs or in online banking under Cards.';
    case 'faq.dispute_process':
      return `When you dispute a debit card charge, Regulation E gives us 10 business days to investigate (20 for new accounts), or we give you provisional credit while we look into it for up to 45 days (90 for some cases). For credit cards, Regulation Z gives us two billing cycles, at most 90 days. Send any evidence within ${bank.disputeEvidenceDays} days.`;
    case 'faq.contact':
      return `You can call us on ${bank.customerServicePhone} or write to ${bank.mailingAddress}.`;
    case 'faq.security':
      return 'We will never ask for your full card number, PIN or online banking password. One-time codes are for you to enter here only; never read them to anyone who calls you.';
  }
}
