import type { Intent } from '../intents.js';
import { accountUtterances } from './capabilities-accounts.js';
import { cardUtterances } from './capabilities-cards.js';
import { disputeUtterances } from './capabilities-disputes.js';
import { paymentUtterances } from './capabilities-payments.js';
import { faqUtterances } from './faq.js';
import { humanUtterances } from './human-topics.js';
import { outOfScopeUtterances } from './out-of-scope.js';
import { smallTalkUtterances } from './small-talk.js';
import { socialEngineeringUtterances } from './social-engineering.js';

/**
 * The built-in classifier's training sentences, written for this project (none is taken from a
 * public dataset). Typing this as a record of every intent makes a new intent without
 * utterances a compile error.
 */
export const utterancesByIntent: Readonly<Record<Intent, readonly string[]>> = {
  ...accountUtterances,
  ...cardUtterances,
  ...paymentUtterances,
  ...disputeUtterances,
  ...faqUtterances,
  ...smallTalkUtterances,
  ...humanUtterances,
  ...socialEngineeringUtterances,
  out_of_scope: outOfScopeUtterances,
};

export function builtinExamples(): { text: string; label: Intent }[] {
  return (Object.entries(utterancesByIntent) as [Intent, readonly string[]][]).flatMap(
    ([label, texts]) => texts.map((text) => ({ text, label })),
  );
}
