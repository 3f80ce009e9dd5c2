import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { accounts } from '../../db/index.js';
import { formatUsd } from '../../domain/index.js';
import { eq } from 'drizzle-orm';
import { findCapture, submitCardForm } from '../../pci/index.js';
import type { CaptureOutcome, CaptureServices } from '../../pci/index.js';
import { captureResultPage, cardFormPage } from './capture-page.js';

const captureIdPattern = /^cap_[A-Za-z0-9]{24}$/;

interface CardFields {
  number: string;
  expiry: string;
  cvv: string;
}

/** Only the three fields, as short strings; anything else is treated as an empty entry. */
function cardFields(body: unknown): CardFields {
  const source = (body ?? {}) as Record<string, unknown>;
  const field = (name: string, max: number) => {
    const value = source[name];
    return typeof value === 'string' && value.length <= max ? value : '';
  };
  return { number: field('number', 32), expiry: field('expiry', 10), cvv: field('cvv', 8) };
}

/** What the browser (or the chat widget) is told: never the token, never more than the last four. */
function publicOutcome(outcome: CaptureOutcome) {
  if (outcome.ok) {
    return {
      ok: true as const,
      status: outcome.status,
      card: {
        brand: outcome.card.brand,
        last4: outcome.card.last4,
        exp_month: outcome.card.expMonth,
        exp_year: outcome.card.expYear,
      },
    };
  }
  // The one error shape of the API, plus whether the same request may be corrected and resent.
  return {
    error: { code: outcome.code, message: outcome.message },
    retry: outcome.code === 'CARD_INVALID' && outcome.next !== null,
  };
}

const statusByCode: Record<string, number> = {
  CARD_INVALID: 422,
  CARD_DECLINED: 402,
  NOT_FOUND: 404,
  CAPTURE_EXPIRED: 410,
  CONFLICT: 409,
  PAYMENT_PROCESSOR_UNAVAILABLE: 502,
};

function noStore(reply: FastifyReply): FastifyReply {
  // Card pages and answers must not sit in a browser or proxy cache.
  return reply.header('cache-control', 'no-store').header('pragma', 'no-cache');
}

/**
 * The vault's own door for the web: the hosted card form (GET and POST /capture/:id) and the same
 * submission as JSON for the chat widget (POST /api/v1/captures/:id/card). Bodies here are never
 * logged, validated into messages or echoed: a failure names the field, not what was typed.
 */
export const captureRoutes: FastifyPluginAsync<{
  services: CaptureServices;
  bankName: string;
  submissionsPerMinute?: number;
}> = async (app, { services, bankName, submissionsPerMinute }) => {
  await app.register(rateLimit, { global: false });
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 2_048 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );
  const limit = { rateLimit: { max: submissionsPerMinute ?? 20, timeWindow: 60_000 } };

  async function formFor(captureId: string, error?: string) {
    const capture = captureIdPattern.test(captureId)
      ? await findCapture(services.db, captureId)
      : undefined;
    if (!capture || capture.channel !== 'web')
      return {
        status: 404,
        html: captureResultPage({
          bankName,
          title: 'Card request not found',
          message: 'This link is not valid. Ask for a new one in your conversation.',
        }),
      };
    if (capture.status !== 'awaiting_card' || capture.expiresAt <= services.now()) {
      return {
        status: 410,
        html: captureResultPage({
          bankName,
          title: 'This card request is closed',
          message: 'It has been used or has timed out. Ask for a new one in your conversation.',
        }),
      };
    }
    const [account] = await services.db
      .select()
      .from(accounts)
      .where(eq(accounts.id, capture.accountId));
    const pays = `${account?.type === 'loan' ? 'loan' : 'credit card'} ending in ${account?.numberLast4 ?? '----'}`;
    return {
      status: 200,
      html: cardFormPage({
        captureId,
        amount: formatUsd(capture.amountCents),
        pays,
        bankName,
        ...(error ? { error } : {}),
      }),
    };
  }

  app.get<{ Params: { captureId: string } }>('/capture/:captureId', async (request, reply) => {
    const { status, html } = await formFor(request.params.captureId);
    return noStore(reply).code(status).type('text/html; charset=utf-8').send(html);
  });

  app.post<{ Params: { captureId: string } }>(
    '/capture/:captureId',
    { config: limit },
    async (request, reply) => {
      const { captureId } = request.params;
      if (!captureIdPattern.test(captureId)) {
        const { status, html } = await formFor(captureId);
        return noStore(reply).code(status).type('text/html; charset=utf-8').send(html);
      }
      const outcome = await submitCardForm(services, { captureId, ...cardFields(request.body) });
      reply.type('text/html; charset=utf-8');
      noStore(reply);
      if (outcome.ok) {
        return reply.send(
          captureResultPage({
            bankName,
            title: 'Card received',
            message: `Your card ending in ${outcome.card.last4} was accepted. Return to your conversation to finish the payment.`,
          }),
        );
      }
      if (outcome.code === 'CARD_INVALID' && outcome.next !== null) {
        const { html } = await formFor(captureId, outcome.message);
        return reply.code(422).send(html);
      }
      const title = outcome.code === 'CARD_DECLINED' ? 'Card declined' : 'Card not accepted';
      return reply
        .code(statusByCode[outcome.code] ?? 400)
        .send(captureResultPage({ bankName, title, message: outcome.message }));
    },
  );

  app.post<{ Params: { captureId: string } }>(
    '/api/v1/captures/:captureId/card',
    { config: limit },
    async (request, reply) => {
      const { captureId } = request.params;
      const outcome = captureIdPattern.test(captureId)
        ? await submitCardForm(services, { captureId, ...cardFields(request.body) })
        : ({ ok: false, captureId, code: 'NOT_FOUND', message: 'no such card request' } as const);
      noStore(reply);
      if (outcome.ok) return reply.send(publicOutcome(outcome));
      return reply.code(statusByCode[outcome.code] ?? 400).send(publicOutcome(outcome));
    },
  );
};
