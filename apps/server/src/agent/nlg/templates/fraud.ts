import { bullets, say, textOnly } from '../compose.js';
import { cardLabel, cleanDescriptor } from '../labels.js';
import { bag, bags, int, joinAnd, md, str } from '../read.js';
import type { Bag, Reply, ToolTemplate } from '../types.js';
import { arrivalDates, replacementArrival } from './cards.js';
import { oneTransaction, transactionLine } from './transactions.js';

function protection(card: Bag | null): string {
  if (str(card, 'kind') === 'credit') {
    return "You won't have to pay charges you didn't make while we investigate, and under Regulation Z your liability for unauthorized use of a credit card is at most $50.00.";
  }
  return "Under Regulation E, you have zero liability for unauthorized transactions you report promptly. We'll investigate, and if it takes longer than 10 business days, you'll receive provisional credit while we do.";
}

/**
 * Seed 000: "I've created fraud case #FRAUD-20240115-001. Your card is deactivated, and a
 * replacement will arrive in 5-7 business days. Under Regulation E, you have zero liability for
 * unauthorized transactions."
 */
const reportFraud: ToolTemplate = {
  success(r, ctx) {
    const card = bag(r, 'card');
    const replacement = bag(r, 'replacement');
    const cases = bags(r, 'fraud_cases');
    const numbers = cases.map((c) => str(c, 'case_number')).filter((n): n is string => Boolean(n));
    const secured = replacement
      ? `Your card is deactivated, and a replacement ${replacementArrival(replacement, ctx, false)}.`
      : `Your ${cardLabel(card)} was already deactivated, so it can't be used.`;
    const dates = replacement ? arrivalDates(replacement, ctx) : null;
    if (numbers.length === 0) {
      return [
        say(
          replacement
            ? `I've deactivated your ${cardLabel(card)} right away for your security, and a replacement ${replacementArrival(replacement, ctx)}.`
            : secured,
        ),
        say('Can you tell me which transactions appear fraudulent?'),
      ];
    }
    const created =
      numbers.length === 1
        ? `I've created fraud case #${numbers[0]}.`
        : `I've created fraud cases ${joinAnd(numbers.map((n) => `#${n}`))}.`;
    const reply: Reply = [say(`${created} ${secured} ${protection(card)}`)];
    if (dates) reply.push(say(dates));
    if (cases.length > 1) {
      reply.push(
        bullets(
          cases.map((c) => {
            const merchant = str(c, 'merchant');
            return `#${str(c, 'case_number') ?? ''}: ${str(c, 'amount') ?? 'the charge'}${merchant ? ` at ${md(merchant)}` : ''}`;
          }),
          null,
        ),
      );
    }
    return reply;
  },
  refusal(r) {
    if (r.code === 'CONFLICT' && r.message.includes('pending'))
      return [
        say(
          "Your card is secured, but one of those charges is still pending, so I can't open a case for it until it posts. I'll be able to once it does, usually within 1 to 3 business days.",
        ),
      ];
    if (r.code === 'CONFLICT' && str(r, 'case_number'))
      return [say(`That charge is already part of case ${str(r, 'case_number')}.`)];
    return null;
  },
};

const levelWords: Record<string, string> = { low: 'low', medium: 'moderate', high: 'high' };

const fraudScore: ToolTemplate = {
  success(r) {
    const score = int(r, 'score');
    const level = str(r, 'level') ?? 'low';
    const reasons = bags(r, 'reasons').filter((x) => (int(x, 'points') ?? 0) > 0);
    const head =
      score === null
        ? `This charge's fraud risk is ${levelWords[level] ?? level}.`
        : `This charge has a fraud risk score of ${score} out of 100, which is ${levelWords[level] ?? level}.`;
    const advice =
      level === 'high'
        ? "It has several signs of fraud. If you didn't make this purchase, I can deactivate your card and report it right away."
        : level === 'medium'
          ? 'A few things about it are unusual. Did you make this purchase?'
          : "Nothing about it looks unusual. If you still don't recognise it, we can look into it together.";
    // The details are written for an agent; shown to the customer, they speak to them.
    const details = reasons
      .map((x) =>
        str(x, 'detail')
          ?.replace(/\bthe customer's\b/g, 'your')
          .replace(/\bthe customer\b/g, 'you'),
      )
      .filter((d): d is string => Boolean(d));
    return [
      say(head),
      ...(details.length > 0 ? [textOnly('What stands out:'), bullets(details.map(md), null)] : []),
      say(advice),
    ];
  },
};

const clarifyMerchant: ToolTemplate = {
  success(r, ctx) {
    const explanation = str(r, 'explanation');
    const matches = bags(r, 'matching_transactions');
    // Heard, 'means "SQ *"' must not become 'means "SQ "': the star is not spoken.
    const heard = explanation?.replace(/"([^"]*?)\s*\*\s*"/g, '"$1"');
    const reply: Reply = explanation && heard ? [say(md(explanation), heard)] : [];
    if (matches.length === 1) {
      const one = oneTransaction(matches[0]!, ctx);
      reply.push(say(`On your account, I see ${one.text}`, `On your account, I see ${one.speech}`));
    } else if (matches.length > 1) {
      const lines = matches.map((t) => transactionLine(t, ctx, false));
      reply.push(
        say(
          `I see ${matches.length} charges like that on your account:`,
          `I see ${matches.length} charges like that on your account.`,
        ),
        bullets(
          lines.map((l) => l.text),
          lines
            .slice(0, 3)
            .map((l) => l.speech)
            .join('. '),
        ),
      );
    } else {
      const merchant = str(r, 'merchant');
      reply.push(
        say(
          `I don't see any charges from ${merchant ? md(cleanDescriptor(merchant)) : 'that merchant'} on your account.`,
          `I don't see any charges from ${merchant ?? 'that merchant'} on your account.`,
        ),
      );
    }
    reply.push(say("If you don't recognise a charge, I can help you dispute it."));
    return reply;
  },
};

export const fraudTemplates: Record<string, ToolTemplate> = {
  report_fraud: reportFraud,
  fraud_score: fraudScore,
  clarify_merchant: clarifyMerchant,
};
