import type { Awaiting, Reply } from '@bankdesk/contracts';
import type { Persona, PersonaCard, Turn } from './scenario-schema.js';

/** A text from the sandbox outbox, as `GET /api/v1/sandbox/sms` lists it. */
export interface OutboxText {
  body: string;
  purpose: string;
  sentAt: string;
}

export interface UserView {
  /** The agent's latest reply. */
  reply: Pick<Reply, 'status' | 'awaiting' | 'slot' | 'capture'>;
  persona: Persona;
  channel: 'chat' | 'voice' | 'phone';
  turns: readonly Turn[];
  /** How many of `turns` have been said. */
  said: number;
  /** The persona's phone's texts (any order). */
  outbox: readonly OutboxText[];
}

/** What is being answered, so the transcript can show "[code entered]" instead of the code. */
export type Answering = Awaiting | 'turn';

export type UserMove =
  | { kind: 'text'; text: string; answering: Answering; nextSaid: number }
  | { kind: 'dtmf'; digits: string; answering: Answering; nextSaid: number }
  | {
      kind: 'card';
      captureId: string;
      card: PersonaCard;
      /** Said once the card is in: the next turn, or "done". */
      then: string;
      nextSaid: number;
    }
  | { kind: 'stop'; reason: string };

/** Answers that are secrets: the report shows what was answered, never the value. */
export const secretAnswers: ReadonlySet<Answering> = new Set(['otp', 'security_answer']);

/** The newest six-digit code texted for verification, if any. */
export function newestCode(outbox: readonly OutboxText[]): string | null {
  const codes = outbox
    .filter((m) => m.purpose === 'otp')
    .map((m) => ({ at: Date.parse(m.sentAt), code: /\b(\d{6})\b/.exec(m.body)?.[1] }))
    .filter((m): m is { at: number; code: string } => m.code !== undefined)
    .sort((a, b) => b.at - a.at);
  return codes[0]?.code ?? null;
}

/** Every six-digit code texted for verification. */
export function allCodes(outbox: readonly OutboxText[]): string[] {
  return outbox
    .filter((m) => m.purpose === 'otp')
    .map((m) => /\b(\d{6})\b/.exec(m.body)?.[1])
    .filter((code): code is string => code !== undefined);
}

/** The persona's answer to what the agent awaits, or null when it has none or withholds it. */
function answerFor(view: UserView, awaiting: Awaiting): UserMove | null {
  const { persona, said } = view;
  const text = (value: string | undefined | false): UserMove | null =>
    value ? { kind: 'text', text: value, answering: awaiting, nextSaid: said } : null;
  switch (awaiting) {
    case 'phone':
      return text(persona.reveals.phone && persona.phone);
    case 'dob':
      return text(persona.reveals.dob && persona.dob);
    case 'zip':
      return text(persona.reveals.zip && persona.zip);
    case 'security_answer':
      return text(persona.reveals.securityAnswer && persona.securityAnswer);
    case 'confirmation':
      return text(persona.confirms ? 'yes' : 'no');
    case 'consent':
      return text(persona.consents ? 'yes' : 'no');
    case 'otp': {
      const code = persona.reveals.otp ? newestCode(view.outbox) : null;
      if (!code) return null;
      // A caller keys the code in; everyone else types it.
      return view.channel === 'phone'
        ? { kind: 'dtmf', digits: code, answering: 'otp', nextSaid: said }
        : text(code);
    }
    case 'card': {
      if (!persona.card || !view.reply.capture) return null;
      const next = view.turns[said];
      const then = next && 'text' in next && !next.when ? next.text : 'done';
      return {
        kind: 'card',
        captureId: view.reply.capture.captureId,
        card: persona.card,
        then,
        nextSaid: then === 'done' ? said : said + 1,
      };
    }
    case 'slot': {
      const slot = view.reply.slot;
      return text(slot !== undefined && persona.slots[slot]);
    }
  }
}

function sayTurn(turn: Turn, said: number): UserMove {
  return 'text' in turn
    ? { kind: 'text', text: turn.text, answering: 'turn', nextSaid: said + 1 }
    : { kind: 'dtmf', digits: turn.dtmf, answering: 'turn', nextSaid: said + 1 };
}

/**
 * The deterministic user: a pure function of the agent's reply, the persona and its phone. It
 * answers what the agent awaits when the persona knows and reveals it — unless the next turn is
 * held for exactly that moment — and otherwise says the next turn. A slot is answered from
 * `persona.slots` when it is named there (flows may ask in any order), else by the next turn. A
 * held turn whose moment has not come when there is nothing to answer is passed over: it was
 * meant for a question the agent did not ask.
 */
export function chooseUserMove(view: UserView): UserMove {
  const { reply, turns, said } = view;
  if (reply.status !== 'active')
    return { kind: 'stop', reason: `the conversation is ${reply.status}` };
  const awaiting = reply.awaiting;
  if (awaiting) {
    const next = turns[said];
    if (next?.when === awaiting) return sayTurn(next, said);
    const answer = answerFor(view, awaiting);
    if (answer) return answer;
  }
  let index = said;
  while (turns[index]?.when && turns[index]!.when !== awaiting) index += 1;
  const next = turns[index];
  if (next) return sayTurn(next, index);
  return {
    kind: 'stop',
    reason: awaiting
      ? `the agent awaits ${awaiting === 'slot' && reply.slot ? `the slot ${reply.slot}` : awaiting} and the persona has nothing more to say`
      : 'every turn has been said',
  };
}
