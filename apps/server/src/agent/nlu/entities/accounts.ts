import type { Last4Mention } from './labelled-numbers.js';
import type { AccountKind, AccountRef } from './types.js';

/** How customers name each kind. Typed against AccountKind so a new enum value fails to compile. */
const kindWords: Readonly<Record<AccountKind, RegExp>> = {
  checking: /\b(?:checking|checkings|chequing)\b(?:\s+account\b)?/gi,
  savings: /\b(?:savings|saving\s+account)\b(?:\s+account\b)?/gi,
  credit_card: /\bcredit\s*cards?\b(?:\s+account\b)?|\bcredit\s+account\b/gi,
  loan: /\b(?:(?:auto|car|personal|home|student)\s+)?loan\b(?:\s+account\b)?|\bmortgage\b|\bheloc\b|\bline\s+of\s+credit\b/gi,
};

interface Mention {
  ref: AccountRef;
  start: number;
  end: number;
}

/** Words that may stand between a role word and the account: "from my joint checking". */
const qualifiers = String.raw`(?:(?:my|the|our|your|a|an|that|this|joint|primary|main|business|personal|other|one|account|acct)\s+)*`;
const fromRole = new RegExp(
  String.raw`\b(?:from|out\s+of|off\s+of|with|using)\s+${qualifiers}$`,
  'i',
);
const toRole = new RegExp(
  String.raw`\b(?:to|into|in\s+to|onto|towards?|pay(?:ing)?(?:\s+off)?)\s+${qualifiers}$`,
  'i',
);

function roleBefore(text: string, start: number): AccountRef['role'] {
  const before = text.slice(Math.max(0, start - 40), start);
  if (fromRole.test(before)) return 'from';
  if (toRole.test(before)) return 'to';
  return undefined;
}

/** "checking ending in 4521", "savings x4521", "credit card, the one ending 4532". */
const attaches =
  /^[\s,]*(?:(?:account|acct|card|number|that's|that\s+is|which\s+is|the\s+one)\s*)*$/i;
/** A plain card ("my card ending in 4532") is a card, not an account. */
const cardBefore = /\bcard(?:\s+(?:number|no\.?))?\s*(?:#\s*)?$/i;

/**
 * The accounts a message names, in order: by kind ("from checking to savings"), by last four
 * ("the one ending in 4521"), or both ("savings ending in 4521"), each with the direction money
 * moves when a preposition says so ("into my savings" → to, "out of checking" → from).
 */
export function findAccounts(text: string, last4s: readonly Last4Mention[]): AccountRef[] {
  const mentions: Mention[] = [];
  for (const [kind, pattern] of Object.entries(kindWords) as [AccountKind, RegExp][]) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      mentions.push({ ref: { kind }, start, end: start + m[0].length });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  for (const l4 of last4s) {
    // "credit card 4532" labels the digits with the kind's own last word.
    const owner = mentions.find((m) =>
      l4.labelStart < m.end
        ? l4.labelStart >= m.start
        : attaches.test(text.slice(m.end, l4.labelStart)),
    );
    if (owner && owner.ref.last4 === undefined) {
      owner.ref.last4 = l4.digits;
      owner.end = l4.end;
      continue;
    }
    const plainCard =
      cardBefore.test(text.slice(0, l4.labelStart)) || cardBefore.test(text.slice(0, l4.start));
    if (plainCard) continue;
    mentions.push({ ref: { last4: l4.digits }, start: l4.labelStart, end: l4.end });
  }
  mentions.sort((a, b) => a.start - b.start);
  return mentions.map(({ ref, start }) => {
    const role = roleBefore(text, start);
    return role ? { ...ref, role } : ref;
  });
}
