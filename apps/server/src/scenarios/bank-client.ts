import {
  conversationCreatedSchema,
  conversationViewSchema,
  errorBodySchema,
  opsAccountsResponseSchema,
  opsAuditResponseSchema,
  opsCardsResponseSchema,
  opsDisputesResponseSchema,
  opsHandoffsResponseSchema,
  opsStopPaymentsResponseSchema,
  opsTransfersResponseSchema,
  replySchema,
  sandboxSmsResponseSchema,
} from '@bankdesk/contracts';
import type {
  CreateConversation,
  MessageRequest,
  OpsAccount,
  OpsAuditRecord,
  OpsCard,
  OpsDispute,
  OpsHandoff,
  OpsHandoffStatus,
  OpsStopPayment,
  OpsTransfer,
  Reply,
} from '@bankdesk/contracts';
import { z } from 'zod';
import { AppError } from '../errors/index.js';
import type { OutboxText } from './scripted-user.js';

const conversationViewWithSession = conversationViewSchema.extend({
  /** Present when the server exposes it; the audit and hand-offs are filtered by it. */
  sessionId: z.string().optional(),
});
export type ConversationRecord = z.infer<typeof conversationViewWithSession>;

const cardOutcomeSchema = z.union([
  z.object({ ok: z.literal(true), card: z.object({ last4: z.string() }) }),
  z.object({ error: z.object({ code: z.string(), message: z.string() }) }),
]);

export interface AuditQuery {
  customerId?: string;
  sessionId?: string;
  action?: string;
  limit?: number;
  before?: number;
}

/**
 * The scenario runner's view of a bankdesk server: the chat API as a customer uses it, the
 * sandbox phone, the card form's JSON door and the staff ops API. Every answer is checked against
 * the shared contract, so a server that drifts from it fails loudly instead of scoring wrongly.
 */
export class BankClient {
  constructor(
    readonly baseUrl: string,
    private readonly staffToken?: string,
  ) {}

  get canReadOps(): boolean {
    return Boolean(this.staffToken);
  }

  private async call<S extends z.ZodType>(
    schema: S,
    method: 'GET' | 'POST',
    path: string,
    options: { body?: unknown; token?: string | undefined; okStatuses?: number[] } = {},
  ): Promise<z.infer<S>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let response: Response;
    try {
      response = await fetch(new URL(path, this.baseUrl), {
        method,
        headers,
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      });
    } catch (error) {
      throw new AppError('NOT_READY', `${method} ${path}: the server did not answer`, {
        cause: error,
      });
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    const accepted = options.okStatuses ?? [200, 201];
    if (!accepted.includes(response.status)) {
      const error = errorBodySchema.safeParse(json);
      const detail = error.success
        ? `${error.data.error.code}: ${error.data.error.message}`
        : text.slice(0, 200);
      throw new AppError(
        'INTERNAL',
        `${method} ${path} answered ${response.status} (${detail || 'no body'})`,
      );
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || 'body'}: ${i.message}`)
        .join('; ');
      throw new AppError('INTERNAL', `${method} ${path} answered outside the contract: ${issues}`);
    }
    return parsed.data;
  }

  startConversation(input: CreateConversation) {
    return this.call(conversationCreatedSchema, 'POST', '/api/v1/conversations', { body: input });
  }

  send(conversationId: string, token: string, message: MessageRequest): Promise<Reply> {
    return this.call(
      replySchema,
      'POST',
      `/api/v1/conversations/${encodeURIComponent(conversationId)}/messages`,
      { body: message, token },
    );
  }

  conversation(conversationId: string, token: string): Promise<ConversationRecord> {
    return this.call(
      conversationViewWithSession,
      'GET',
      `/api/v1/conversations/${encodeURIComponent(conversationId)}`,
      { token },
    );
  }

  /** The sandbox phone's texts to this number, newest first. */
  async outbox(phone: string): Promise<OutboxText[]> {
    const { messages } = await this.call(
      sandboxSmsResponseSchema,
      'GET',
      `/api/v1/sandbox/sms?to=${encodeURIComponent(phone)}`,
    );
    return messages;
  }

  /** Enters a card in the secure form, as the chat widget does; the brain never sees it. */
  async submitCard(
    captureId: string,
    card: { number: string; expiry: string; cvv: string },
  ): Promise<{ ok: true; last4: string } | { ok: false; code: string; message: string }> {
    const outcome = await this.call(
      cardOutcomeSchema,
      'POST',
      `/api/v1/captures/${encodeURIComponent(captureId)}/card`,
      { body: card, okStatuses: [200, 400, 402, 404, 409, 410, 422, 502] },
    );
    return 'ok' in outcome
      ? { ok: true, last4: outcome.card.last4 }
      : { ok: false, code: outcome.error.code, message: outcome.error.message };
  }

  private ops<S extends z.ZodType>(schema: S, path: string): Promise<z.infer<S>> {
    if (!this.staffToken) {
      throw new AppError('UNAUTHORIZED', 'reading the ops API needs a staff token');
    }
    return this.call(schema, 'GET', `/api/v1/ops${path}`, { token: this.staffToken });
  }

  private customer(customerRef: string, what: string): string {
    return `/customers/${encodeURIComponent(customerRef)}/${what}`;
  }

  async accounts(customerRef: string): Promise<OpsAccount[]> {
    return (await this.ops(opsAccountsResponseSchema, this.customer(customerRef, 'accounts')))
      .accounts;
  }

  async cards(customerRef: string): Promise<OpsCard[]> {
    return (await this.ops(opsCardsResponseSchema, this.customer(customerRef, 'cards'))).cards;
  }

  async disputes(customerRef: string): Promise<OpsDispute[]> {
    return (await this.ops(opsDisputesResponseSchema, this.customer(customerRef, 'disputes')))
      .disputes;
  }

  async transfers(customerRef: string): Promise<OpsTransfer[]> {
    return (await this.ops(opsTransfersResponseSchema, this.customer(customerRef, 'transfers')))
      .transfers;
  }

  async stopPayments(customerRef: string): Promise<OpsStopPayment[]> {
    return (
      await this.ops(opsStopPaymentsResponseSchema, this.customer(customerRef, 'stop-payments'))
    ).stopPayments;
  }

  async audit(
    query: AuditQuery,
  ): Promise<{ records: OpsAuditRecord[]; nextBefore: number | null }> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) params.set(key, String(value));
    }
    return this.ops(opsAuditResponseSchema, `/audit?${params.toString()}`);
  }

  async handoffs(status: OpsHandoffStatus): Promise<OpsHandoff[]> {
    return (await this.ops(opsHandoffsResponseSchema, `/handoffs?status=${status}&limit=200`))
      .handoffs;
  }
}
