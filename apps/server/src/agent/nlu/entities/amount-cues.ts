import type { Claims } from './claims.js';
import type { Token } from './tokens.js';

/*
 * A bare number ("500", "twelve fifty") is an amount in free text only with something that says
 * money around it: a verb that moves money before it, a noun that has an amount before it, or a
 * money noun right after it. Without one it may be a year, a count, a code or a reference.
 */

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

const moneyVerbs = set(`
  pay paid pays paying transfer transferred transferring transfers send sent sending sends
  move moved moving moves wire wired wiring zelle zelled venmo venmoed deposit deposited
  depositing withdraw withdrew withdrawn withdrawing charge charged charging refund refunded
  spend spent spending cost costs owe owed borrow borrowed lend lent give gave`);

const moneyNouns = set(`
  charge payment purchase transaction transfer deposit withdrawal refund fee debit credit amount
  total balance limit bill sum price cost`);

/** Words allowed between a cue and its number: "pay him about 50", "a charge of 75". */
const fillers = set(`
  me him her them us you it my your our his their the a an of for was is were be about around
  approximately approx roughly only just exactly like nearly almost over under at least most more
  less than another additional extra back out off up totaling totalling worth maybe`);

/** After the number, these make it a count or a time, not money: "3 days", "2 charges". */
const countNouns = set(`
  day days week weeks month months year years time times hour hours minute minutes second seconds
  card cards account accounts transactions charges payments purchases transfers deposits items
  bills checks digits digit people persons of percent am pm th st nd rd o'clock`);

const accountWords = set('checking savings saving credit loan mortgage account card');

export function isCountAfter(tokens: readonly Token[], next: number): boolean {
  const after = tokens[next];
  if (!after) return false;
  if (after.kind === 'symbol') return after.text === '%';
  return after.kind === 'word' && countNouns.has(after.text);
}

/** "pay 500", "send john 50", "a charge of 75", "the balance is 300". */
export function hasCueBefore(tokens: readonly Token[], at: number, claims: Claims): boolean {
  let unknown = 0;
  for (let k = at - 1; k >= 0 && k >= at - 6; k -= 1) {
    const t = tokens[k]!;
    if (!claims.tokenFree(t)) return false;
    if (t.kind === 'symbol') {
      if (t.text === ':') continue;
      return false;
    }
    if (t.kind !== 'word') return false;
    if (moneyVerbs.has(t.text)) return true;
    // A noun takes its amount only through filler ("a charge of 75"), never across a name.
    if (moneyNouns.has(t.text)) return unknown === 0;
    if (fillers.has(t.text)) continue;
    // A payee's name may sit between the verb and the amount: "send John 50".
    unknown += 1;
    if (unknown > 2) return false;
  }
  return false;
}

/** "the 250 charge", "500 to savings". */
export function hasCueAfter(tokens: readonly Token[], next: number): boolean {
  const after = tokens[next];
  if (after?.kind !== 'word') return false;
  if (moneyNouns.has(after.text) && after.text !== 'total' && after.text !== 'balance') return true;
  if (after.text !== 'to' && after.text !== 'into' && after.text !== 'from') return false;
  for (let k = next + 1; k <= next + 3; k += 1) {
    const t = tokens[k];
    if (t?.kind !== 'word') return false;
    if (accountWords.has(t.text)) return true;
    if (t.text !== 'my' && t.text !== 'the' && t.text !== 'our') return false;
  }
  return false;
}
