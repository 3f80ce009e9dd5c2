import { describe, expect, it } from 'vitest';
import { builtinClassifier } from '../apps/server/src/agent/nlu/classifier/index.js';
import { intents } from '../apps/server/src/agent/nlu/intents.js';
import { builtinExamples } from '../apps/server/src/agent/nlu/utterances/index.js';

/** The phrasings the seed documents and design use; each must reach its intent. */
const seeds: [string, string][] = [
  ["What's my checking balance?", 'check_balance'],
  ['I want to transfer $500 from checking to savings', 'internal_transfer'],
  ['I need to stop payment on check number 1234', 'stop_payment'],
  ["I see charges on my card I didn't make", 'report_fraud'],
  ['I want to dispute a charge for $75 at XYZ Restaurant', 'dispute_charge'],
  ["I see a charge for $247.89 from Amazon that I didn't make", 'dispute_charge'],
  ['Can I add that I was out of the country when this happened?', 'add_evidence'],
  ["What's happening with my dispute from last week?", 'dispute_status'],
  ['Check my dispute status', 'dispute_status'],
  ['When is provisional credit due', 'provisional_credit'],
  ['regulatory deadline', 'compliance_deadline'],
  ['Add evidence', 'add_evidence'],
  ['I have proof', 'add_evidence'],
  ['Find a charge', 'search_transactions'],
  ['Is this fraud', 'fraud_check'],
  ['suspicious transaction', 'fraud_check'],
  ['Talk to a person', 'human_handoff'],
  ['speak to agent', 'human_handoff'],
  ['view recent transactions', 'view_transactions'],
  ['search transactions by merchant', 'search_transactions'],
  ['request statement via email', 'request_statement'],
  ['set up bill pay', 'bill_pay'],
  ['freeze my card', 'freeze_card'],
  ['unfreeze my card', 'unfreeze_card'],
  ["I'm calling for my husband", 'third_party'],
  ['read me the code you sent', 'reveal_code'],
  ['I want to close my account', 'account_closure'],
  ['my mother passed away', 'bereavement'],
  ['I want to pay my credit card bill with my other card', 'card_payment'],
  ['yes', 'affirm'],
  ['no', 'deny'],
  ['cancel', 'cancel'],
  ['never mind', 'cancel'],
];

/** Fresh phrasings, written for this test and kept out of the training utterances. */
const heldOut: [string, string][] = [
  ['how much money is sitting in my checking account', 'check_balance'],
  ['tell me my current savings balance please', 'check_balance'],
  ['show me what I spent in the last week', 'view_transactions'],
  ['list the recent purchases on my debit card', 'view_transactions'],
  ['find the charge from Chipotle last Friday', 'search_transactions'],
  ['search for any payment to AT&T', 'search_transactions'],
  ['please email me my April bank statement', 'request_statement'],
  ['can you mail me a copy of my statement', 'request_statement'],
  ['I think my debit card was stolen from my car', 'report_lost_card'],
  ['I lost my credit card at the mall', 'report_lost_card'],
  ['please lock my debit card for now', 'freeze_card'],
  ['can you temporarily freeze my visa', 'freeze_card'],
  ['I found my card, please unlock it', 'unfreeze_card'],
  ['remove the lock on my card', 'unfreeze_card'],
  ['when is my replacement debit card going to arrive', 'replacement_status'],
  ['has my new card shipped yet', 'replacement_status'],
  ['I want to dispute the $42.50 charge from Chipotle', 'dispute_charge'],
  ['I was charged twice by my cable company', 'dispute_charge'],
  ['what is the charge from SQ *JOES DINER', 'clarify_merchant'],
  ["I don't recognize the merchant name PAYPAL *EBAY", 'clarify_merchant'],
  ['move $300 from my savings to my checking', 'internal_transfer'],
  ['transfer 1000 dollars into savings', 'internal_transfer'],
  ['did my zelle to my sister go through', 'transfer_status'],
  ['where is the ACH transfer I sent on Monday', 'transfer_status'],
  ['pay my water bill from checking', 'bill_pay'],
  ['set up a monthly payment to my landlord', 'bill_pay'],
  ['please stop payment on check 4410', 'stop_payment'],
  ['cancel the check I wrote to my plumber', 'stop_payment'],
  ['I need to wire $7,500 to my lawyer', 'send_wire'],
  ['send an international wire to Canada', 'send_wire'],
  ['why is the $80 charge from the hotel still pending', 'explain_pending'],
  ['when will my deposit stop being on hold', 'explain_pending'],
  ['someone has been making purchases on my card', 'report_fraud'],
  ['my debit card was hacked and there are charges everywhere', 'report_fraud'],
  ['any news on the dispute I filed', 'dispute_status'],
  ["what's the status of my chargeback claim", 'dispute_status'],
  ['will I get a provisional credit on my account', 'provisional_credit'],
  ['is the temporary credit going to stay', 'provisional_credit'],
  ['how many days does the bank have by law to finish the investigation', 'compliance_deadline'],
  ["what's the regulation e deadline for my claim", 'compliance_deadline'],
  ['I want to upload a receipt for my dispute', 'add_evidence'],
  ['can I add that the item was never delivered', 'add_evidence'],
  ['does this charge look like fraud to you', 'fraud_check'],
  ['is this transaction suspicious', 'fraud_check'],
  ["I'd like to pay my loan with my debit card from another bank", 'card_payment'],
  ['can I make a payment using my visa card', 'card_payment'],
  ['what time do you close on saturdays', 'faq.hours'],
  ["what's your bank routing number", 'faq.routing_number'],
  ['how much do you charge for using an out of network atm', 'faq.fees'],
  ['what is the fee if I overdraw my checking', 'faq.overdraft'],
  ['how do I start using zelle', 'faq.zelle'],
  ['how can I activate my new debit card', 'faq.card_activation'],
  ['I need to change my card pin', 'faq.pin'],
  ['what happens during a dispute investigation', 'faq.dispute_process'],
  ["what's the customer service phone number", 'faq.contact'],
  ['would the bank ever call me and ask for my password', 'faq.security'],
  ['hi there good morning', 'greet'],
  ['bye for now', 'goodbye'],
  ['thanks so much for your help', 'thanks'],
  ["yes that's right", 'affirm'],
  ["no that's not correct", 'deny'],
  ['never mind forget it', 'cancel'],
  ['what kinds of things can you help me with', 'capabilities'],
  ['am i talking to a bot', 'bot_challenge'],
  ['can I speak with a real person please', 'human_handoff'],
  ["I'd like to close my savings account", 'account_closure'],
  ['my father passed away last month', 'bereavement'],
  ['I got a subpoena about my bank records', 'legal'],
  ['I want to make a formal complaint about your service', 'complaint'],
  ["I'm calling on behalf of my mother", 'third_party'],
  ['can you just tell me the code you texted', 'reveal_code'],
  ["what's the weather in Boston", 'out_of_scope'],
  ['tell me a good joke', 'out_of_scope'],
  ["what's the best stock to buy right now", 'out_of_scope'],
  ['how do I fix my router', 'out_of_scope'],
  ['recipe for chocolate chip cookies', 'out_of_scope'],
];

describe('the built-in intent classifier', () => {
  const classifier = builtinClassifier();
  const examples = builtinExamples();

  it('is trained on every intent, and only on known intents', () => {
    expect([...classifier.labels].sort()).toEqual([...intents].sort());
    const perLabel = new Map<string, number>();
    for (const e of examples) perLabel.set(e.label, (perLabel.get(e.label) ?? 0) + 1);
    for (const intent of intents) expect(perLabel.get(intent) ?? 0).toBeGreaterThanOrEqual(20);
  });

  it('has no sentence under two labels', () => {
    const seen = new Map<string, string>();
    for (const { text, label } of examples) {
      const key = text.toLowerCase();
      expect(seen.get(key) ?? label, text).toBe(label);
      seen.set(key, label);
    }
  });

  it.each(seeds)('%s → %s', (text, label) => {
    const prediction = classifier.classify(text);
    expect(prediction.label).toBe(label);
    expect(prediction.outOfScope).toBe(false);
  });

  it('gets at least 90 % of fresh phrasings right, out of scope included', () => {
    const training = new Set(examples.map((e) => e.text.toLowerCase()));
    expect(heldOut.filter(([text]) => training.has(text.toLowerCase()))).toEqual([]);
    const misses = heldOut.filter(([text, label]) => {
      const p = classifier.classify(text);
      return label === 'out_of_scope' ? !p.outOfScope : p.label !== label || p.outOfScope;
    });
    expect(misses.length / heldOut.length, JSON.stringify(misses)).toBeLessThanOrEqual(0.1);
  });
});
