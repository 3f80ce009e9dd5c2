import { randomUUID } from 'node:crypto';
import type { Awaiting, ReplyAction } from '@bankdesk/contracts';
import { eq } from 'drizzle-orm';
import { authSessions } from '../../db/index.js';
import { invokeTool } from '../../tools/index.js';
import type { ToolOutcome } from '../../tools/index.js';
import type { RequestOrigin, Session } from '../../security/index.js';
import { toSpeech } from '../nlg/index.js';
import type { Rendered } from '../nlg/index.js';
import type { AgentServices } from '../agent-services.js';
import type { DialogueState } from '../state/index.js';

/**
 * One turn's working set: the stored state it may change, the reply it is writing, and the one
 * way it reaches the bank — `call`, which goes through the policy gate like any other caller.
 */
export class TurnContext {
  readonly actions: ReplyAction[] = [];
  private readonly texts: string[] = [];
  private readonly speeches: string[] = [];
  awaiting: Awaiting | undefined;
  slot: string | undefined;
  capture: { captureId: string; url: string } | undefined;
  status: 'active' | 'handed_off' | 'ended' = 'active';
  handoffId: string | undefined;

  constructor(
    readonly agent: AgentServices,
    public session: Session,
    readonly state: DialogueState,
    readonly now: Date,
    readonly origin: RequestOrigin,
    readonly conversationId: string,
  ) {}

  get services() {
    return this.agent.tools.services;
  }

  get level(): number {
    return this.session.level;
  }

  get customerId(): string | null {
    return this.session.customerId;
  }

  /** A tool call through the gate, listed in the reply's actions. */
  async call(
    tool: string,
    input: unknown,
    options: { confirmed?: boolean; idempotencyKey?: string } = {},
  ): Promise<ToolOutcome> {
    const outcome = await invokeTool(this.services, this.agent.tools.registry, {
      name: tool,
      input,
      sessionId: this.session.id,
      idempotencyKey: options.idempotencyKey,
      confirmed: options.confirmed,
      origin: this.origin,
      // runTurn's finishTurn (or releaseTurn) commits durably before the reply leaves.
      durableLater: true,
    });
    const code = outcome.ok ? undefined : (outcome.code as string);
    this.actions.push({ tool, ok: outcome.ok, ...(code ? { code } : {}) });
    return outcome;
  }

  /** Verifiers change the session's level and customer: read it again after one. */
  async refreshSession(): Promise<void> {
    const [fresh] = await this.services.db
      .select()
      .from(authSessions)
      .where(eq(authSessions.id, this.session.id));
    if (fresh) this.session = fresh;
  }

  say(message: string | Rendered): void {
    if (typeof message === 'string') {
      this.texts.push(message);
      this.speeches.push(toSpeech(message));
    } else {
      this.texts.push(message.text);
      this.speeches.push(message.speech);
    }
  }

  ask(awaiting: Awaiting, message: string | Rendered, slot?: string): void {
    this.say(message);
    this.awaiting = awaiting;
    this.slot = slot;
  }

  get said(): boolean {
    return this.texts.length > 0;
  }

  text(): string {
    return this.texts.join('\n\n');
  }

  speech(): string {
    return this.speeches.join(' ');
  }

  newKey(): string {
    return `conv:${this.conversationId}:${randomUUID()}`;
  }
}
