import type { Reply, ReplyAction } from '@bankdesk/contracts';
import { redactPci } from '../pci/index.js';
import type { BankClient } from './bank-client.js';
import type { PersonaCard, Scenario } from './scenario-schema.js';
import { allCodes, chooseUserMove, secretAnswers } from './scripted-user.js';
import type { Answering, OutboxText } from './scripted-user.js';
import {
  judgeActions,
  judgeCommunicate,
  judgeNever,
  judgeStatus,
  part,
  reward,
} from './scoring.js';
import type { Observed, PartResult } from './scoring.js';
import {
  checkHandoff,
  conversationToolCalls,
  judgeAuthLevels,
  runStateCheck,
} from './state-checks.js';
import type { CheckScope } from './state-checks.js';

export interface TranscriptLine {
  role: 'customer' | 'agent' | 'runner';
  text: string;
  awaiting?: string;
  authLevel?: number;
  status?: string;
  actions?: ReplyAction[];
  blocked?: string;
}

export interface TrialResult {
  scenarioId: string;
  trial: number;
  reward: 0 | 1;
  parts: PartResult[];
  /** Why the user stopped talking. */
  stopReason: string;
  /** Messages the user sent. */
  userMessages: number;
  durationMs: number;
  conversationId?: string;
  transcript: TranscriptLine[];
}

/** "+1-555-234-5678" as the sandbox outbox files it. */
export function e164(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return phone.trim().startsWith('+')
    ? `+${digits}`
    : digits.length === 10
      ? `+1${digits}`
      : `+${digits}`;
}

/** A persona card's expiry, or December three years on: always in the future, never too far. */
export function cardExpiry(card: PersonaCard, now: Date): string {
  return card.expiry ?? `12/${String((now.getUTCFullYear() + 3) % 100).padStart(2, '0')}`;
}

const shownAs: Partial<Record<Answering, string>> = {
  otp: '[one-time code]',
  security_answer: '[security answer]',
};

function agentLine(reply: Reply): TranscriptLine {
  return {
    role: 'agent',
    // Masked for the file like the customer's lines; the judging reads the replies themselves.
    text: redactPci(reply.text, { style: 'mask' }).text,
    authLevel: reply.authLevel,
    status: reply.status,
    ...(reply.awaiting ? { awaiting: reply.awaiting } : {}),
    ...(reply.actions.length > 0 ? { actions: reply.actions } : {}),
    ...(reply.blocked ? { blocked: reply.blocked } : {}),
  };
}

interface Conversation {
  id?: string;
  token?: string;
  replies: Reply[];
  transcript: TranscriptLine[];
  userMessages: number;
  stopReason: string;
}

/** Holds the conversation: the agent opens, the scripted user answers until it stops. */
async function converse(client: BankClient, scenario: Scenario, c: Conversation): Promise<void> {
  const { persona } = scenario;
  const phone = e164(persona.phone);
  const created = await client.startConversation({
    channel: scenario.channel,
    ...(scenario.jurisdiction ? { jurisdiction: scenario.jurisdiction } : {}),
    ...(scenario.channel === 'phone' ? { callerId: phone } : {}),
  });
  c.id = created.conversationId;
  c.token = created.token;
  let reply = created.reply;
  c.replies.push(reply);
  c.transcript.push(agentLine(reply));
  let said = 0;
  for (;;) {
    if (c.userMessages >= scenario.maxTurns) {
      c.stopReason = `maxTurns (${scenario.maxTurns}) reached`;
      return;
    }
    const outbox: OutboxText[] = reply.awaiting === 'otp' ? await client.outbox(phone) : [];
    const move = chooseUserMove({
      reply,
      persona,
      channel: scenario.channel,
      turns: scenario.turns,
      said,
      outbox,
    });
    if (move.kind === 'stop') {
      c.stopReason = move.reason;
      return;
    }
    let message: { text: string } | { dtmf: string };
    if (move.kind === 'card') {
      const entered = await client.submitCard(move.captureId, {
        number: move.card.number,
        expiry: cardExpiry(move.card, new Date()),
        cvv: move.card.cvv,
      });
      c.transcript.push({
        role: 'runner',
        text: entered.ok
          ? `card ending in ${entered.last4} entered in the secure form`
          : `the secure form refused the card: ${entered.code} (${entered.message})`,
      });
      message = { text: move.then };
      c.transcript.push({ role: 'customer', text: move.then });
    } else {
      const secret = secretAnswers.has(move.answering);
      message = move.kind === 'text' ? { text: move.text } : { dtmf: move.digits };
      const visible = move.kind === 'text' ? move.text : `[keys ${move.digits}]`;
      // The report is a file on disk: a card number a scenario types (to test the guard) is
      // kept there only as its last four, like everywhere else.
      c.transcript.push({
        role: 'customer',
        text: secret
          ? (shownAs[move.answering] ?? '[secret]')
          : redactPci(visible, { style: 'mask' }).text,
      });
    }
    said = move.nextSaid;
    reply = await client.send(c.id, c.token, message);
    c.userMessages += 1;
    c.replies.push(reply);
    c.transcript.push(agentLine(reply));
  }
}

async function judgeWithOps(
  client: BankClient,
  scenario: Scenario,
  scope: CheckScope,
): Promise<PartResult[]> {
  const { expect } = scenario;
  const wanted = {
    state: expect.state.length > 0,
    authLevelBefore: Object.keys(expect.authLevelBefore).length > 0,
    handoff: expect.handoff !== undefined,
  };
  const parts: PartResult[] = [];
  const guarded = async (
    name: 'state' | 'authLevelBefore' | 'handoff',
    run: () => Promise<string[]>,
  ) => {
    if (!wanted[name]) return parts.push(part(name, []));
    if (!client.canReadOps)
      return parts.push(part(name, ['needs the ops API: pass a staff token']));
    try {
      parts.push(part(name, await run()));
    } catch (error) {
      parts.push(
        part(name, [`could not check: ${error instanceof Error ? error.message : error}`]),
      );
    }
  };
  await guarded('state', async () => {
    const reasons: string[] = [];
    for (const check of expect.state) {
      const result = await runStateCheck(scope, check);
      if (!result.pass) reasons.push(result.reason ?? 'failed');
    }
    return reasons;
  });
  await guarded('authLevelBefore', async () => {
    const result = judgeAuthLevels(await conversationToolCalls(scope), expect.authLevelBefore);
    return result.pass ? [] : [result.reason ?? 'failed'];
  });
  await guarded('handoff', async () => {
    const result = await checkHandoff(scope, expect.handoff!);
    return result.pass ? [] : [result.reason ?? 'failed'];
  });
  return parts;
}

/** One trial of one scenario against a running server, judged part by part. */
export async function runTrial(
  client: BankClient,
  scenario: Scenario,
  trial: number,
): Promise<TrialResult> {
  const started = performance.now();
  const startedAt = new Date(Date.now() - 1_000);
  const c: Conversation = { replies: [], transcript: [], userMessages: 0, stopReason: '' };
  let runProblem: string | null = null;
  try {
    await converse(client, scenario, c);
  } catch (error) {
    runProblem = error instanceof Error ? error.message : String(error);
    c.stopReason = 'the conversation failed';
  }

  let since = startedAt;
  let sessionId: string | undefined;
  if (c.id && c.token) {
    const view = await client.conversation(c.id, c.token).catch(() => null);
    const first = view?.transcript[0]?.at;
    // The server's clock decides what "during this conversation" means.
    if (first && Number.isFinite(Date.parse(first))) since = new Date(Date.parse(first) - 1_000);
    sessionId = view?.sessionId;
  }
  const needsCodes = scenario.expect.never.some((phrase) => phrase.includes('{otp}'));
  const codes = needsCodes
    ? allCodes(await client.outbox(e164(scenario.persona.phone)).catch(() => []))
    : [];
  const last = c.replies.at(-1);
  const observed: Observed = {
    agentTexts: c.replies.map((r) => r.text),
    actions: c.replies.flatMap((r) => r.actions),
    finalStatus: last?.status ?? 'none',
    codes,
  };
  const parts: PartResult[] = [
    part('run', runProblem ? [runProblem] : []),
    judgeCommunicate(scenario.expect, observed),
    judgeNever(scenario.expect, observed),
    ...(await judgeWithOps(client, scenario, {
      client,
      customer: scenario.persona.customerId,
      since,
      sessionId,
    })),
    judgeActions(scenario.expect, observed),
    judgeStatus(scenario.expect, observed),
  ];
  return {
    scenarioId: scenario.id,
    trial,
    reward: reward(parts),
    parts,
    stopReason: c.stopReason,
    userMessages: c.userMessages,
    durationMs: Math.round(performance.now() - started),
    ...(c.id ? { conversationId: c.id } : {}),
    transcript: c.transcript,
  };
}
