import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { cardBrandOf, luhnValid } from '../../apps/server/src/pci/card-brands.js';
import { testCardOutcome } from '../../apps/server/src/pci/processors/index.js';

/**
 * A local stand-in for api.stripe.com's PaymentIntents, speaking its documented wire format:
 * form-encoded bodies with bracketed keys, `Authorization: Bearer sk_…`, `Idempotency-Key`,
 * PaymentIntent objects and `{error: {type, code, decline_code, message, payment_intent}}` bodies
 * (402 card errors, 400 invalid requests and idempotency errors, 401 for a bad key, 404 for an
 * unknown object). Outcomes follow the same test-card table as the sandbox processor.
 */
export interface FakeStripeRequest {
  method: string;
  path: string;
  /** Every header but Authorization. */
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
}

export interface FakeStripe {
  url: string;
  requests: FakeStripeRequest[];
  intents: Map<string, PaymentIntent>;
  /** PaymentIntents actually created (replays excluded). */
  created(): number;
  /** The next `times` requests answer 500 api_error, as during an outage. */
  failNext(times: number): void;
  close(): Promise<void>;
}

type Json = Record<string, unknown>;

export interface PaymentIntent extends Json {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_capturable: number;
  amount_received: number;
  capture_method: string;
  currency: string;
  description: string | null;
  status: string;
  latest_charge: string | null;
  last_payment_error: Json | null;
}

interface Answer {
  status: number;
  body: Json;
}

const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const stripeId = (prefix: string) =>
  `${prefix}_${[...randomBytes(24)].map((b) => base62[b % 62]).join('')}`;

/** `a[b][0]=x` → `{a: {b: ['x']}}`, as Stripe reads its form bodies. */
export function parseStripeForm(raw: string): Json {
  const root: Json = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const path = key.split(/[[\]]+/).filter((part) => part !== '');
    let node: Json = root;
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Json;
    });
  }
  const arrays = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value as Json).map(([k, v]) => [k, arrays(v)] as const);
    const indexed = entries.length > 0 && entries.every(([k], i) => k === String(i));
    return indexed ? entries.map(([, v]) => v) : Object.fromEntries(entries);
  };
  return arrays(root) as Json;
}

const invalidRequest = (status: number, message: string, extra: Json = {}): Answer => ({
  status,
  body: { error: { type: 'invalid_request_error', message, ...extra } },
});

function cardError(code: string, message: string, extra: Json = {}): Answer {
  return { status: 402, body: { error: { type: 'card_error', code, message, ...extra } } };
}

// Checks Stripe makes on raw card details before any issuer sees them.
function cardDetailsError(card: Json, now: Date): Answer | null {
  const number = String(card.number ?? '');
  if (!/^\d{12,19}$/.test(number) || !luhnValid(number) || !cardBrandOf(number)) {
    return cardError('incorrect_number', 'Your card number is incorrect.', { param: 'number' });
  }
  const month = Number(card.exp_month);
  const year = Number(card.exp_year);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    return cardError('invalid_expiry_month', "Your card's expiration month is invalid.", {
      param: 'exp_month',
    });
  }
  const thisYear = now.getUTCFullYear();
  if (!Number.isInteger(year) || year < thisYear) {
    return cardError('invalid_expiry_year', "Your card's expiration year is invalid.", {
      param: 'exp_year',
    });
  }
  if (year === thisYear && month < now.getUTCMonth() + 1) {
    return cardError('invalid_expiry_month', "Your card's expiration month is invalid.", {
      param: 'exp_month',
    });
  }
  const cvcLength = cardBrandOf(number) === 'amex' ? 4 : 3;
  if (!new RegExp(`^\\d{${cvcLength}}$`).test(String(card.cvc ?? ''))) {
    return cardError('invalid_cvc', "Your card's security code is invalid.", { param: 'cvc' });
  }
  return null;
}

const declineMessages: Record<string, string> = {
  insufficient_funds: 'Your card has insufficient funds.',
  expired_card: 'Your card has expired.',
  incorrect_cvc: "Your card's security code is incorrect.",
  processing_error: 'An error occurred while processing your card. Try again in a little bit.',
};

export async function startFakeStripe(options: { secretKey: string }): Promise<FakeStripe> {
  const requests: FakeStripeRequest[] = [];
  const intents = new Map<string, PaymentIntent>();
  const idempotent = new Map<string, { fingerprint: string; answer: Answer }>();
  let created = 0;
  let failures = 0;

  function createIntent(body: Json): Answer {
    const amount = Number(body.amount);
    if (!Number.isInteger(amount) || amount < 1) {
      return invalidRequest(400, 'Invalid integer: amount', {
        code: 'parameter_invalid_integer',
        param: 'amount',
      });
    }
    if (amount < 50) {
      return invalidRequest(400, 'Amount must be at least $0.50 usd', {
        code: 'amount_too_small',
        param: 'amount',
      });
    }
    if (body.currency !== 'usd') {
      return invalidRequest(400, 'Invalid currency', {
        code: 'parameter_invalid',
        param: 'currency',
      });
    }
    const intent: PaymentIntent = {
      id: stripeId('pi'),
      object: 'payment_intent',
      amount,
      amount_capturable: 0,
      amount_received: 0,
      capture_method: String(body.capture_method ?? 'automatic_async'),
      confirmation_method: 'automatic',
      currency: 'usd',
      description: typeof body.description === 'string' ? body.description : null,
      status: 'requires_payment_method',
      latest_charge: null,
      last_payment_error: null,
      payment_method: null,
      canceled_at: null,
      cancellation_reason: null,
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      metadata: {},
    };
    intents.set(intent.id, intent);
    created += 1;
    if (body.confirm !== 'true') return { status: 200, body: intent };
    const data = (body.payment_method_data ?? {}) as Json;
    if (data.type !== 'card' || typeof data.card !== 'object') {
      return invalidRequest(400, 'Missing required param: payment_method_data[card].', {
        code: 'parameter_missing',
      });
    }
    const card = data.card as Json;
    intent.payment_method = stripeId('pm');
    const refused = cardDetailsError(card, new Date()) ?? decline(String(card.number));
    if (refused) {
      const error = refused.body.error as Json;
      intent.last_payment_error = { ...error };
      error.payment_intent = intent;
      return refused;
    }
    intent.latest_charge = stripeId('ch');
    if (intent.capture_method === 'manual') {
      intent.status = 'requires_capture';
      intent.amount_capturable = amount;
    } else {
      intent.status = 'succeeded';
      intent.amount_received = amount;
    }
    return { status: 200, body: intent };
  }

  function decline(number: string): Answer | null {
    const outcome = testCardOutcome(number);
    if (outcome.kind === 'success') return null;
    const reason = outcome.declineCode ?? outcome.code;
    return cardError(outcome.code, declineMessages[reason] ?? 'Your card was declined.', {
      ...(outcome.declineCode ? { decline_code: outcome.declineCode } : {}),
      charge: stripeId('ch'),
    });
  }

  function unexpectedState(intent: PaymentIntent, action: string): Answer {
    return invalidRequest(
      400,
      `This PaymentIntent could not be ${action} because it has a status of ${intent.status}.`,
      { code: 'payment_intent_unexpected_state', payment_intent: intent },
    );
  }

  function capture(intent: PaymentIntent, body: Json): Answer {
    if (intent.status !== 'requires_capture') return unexpectedState(intent, 'captured');
    const amount =
      body.amount_to_capture === undefined
        ? intent.amount_capturable
        : Number(body.amount_to_capture);
    if (!Number.isInteger(amount) || amount < 1 || amount > intent.amount_capturable) {
      return invalidRequest(400, 'The amount to capture exceeds the amount capturable.', {
        code: 'amount_too_large',
        param: 'amount_to_capture',
        payment_intent: intent,
      });
    }
    Object.assign(intent, { status: 'succeeded', amount_received: amount, amount_capturable: 0 });
    return { status: 200, body: intent };
  }

  function cancel(intent: PaymentIntent, body: Json): Answer {
    if (intent.status === 'succeeded' || intent.status === 'canceled') {
      return unexpectedState(intent, 'canceled');
    }
    Object.assign(intent, {
      status: 'canceled',
      amount_capturable: 0,
      canceled_at: Math.floor(Date.now() / 1000),
      cancellation_reason: body.cancellation_reason ?? null,
    });
    return { status: 200, body: intent };
  }

  function route(method: string, path: string, body: Json): Answer {
    if (method === 'POST' && path === '/v1/payment_intents') return createIntent(body);
    const match = /^\/v1\/payment_intents\/([^/]+)(\/capture|\/cancel)?$/.exec(path);
    const intent = match ? intents.get(decodeURIComponent(match[1]!)) : undefined;
    if (match && !intent) {
      return invalidRequest(404, `No such payment_intent: '${match[1]}'`, {
        code: 'resource_missing',
        param: 'intent',
      });
    }
    if (intent && method === 'GET' && !match![2]) return { status: 200, body: intent };
    if (intent && method === 'POST' && match![2] === '/capture') return capture(intent, body);
    if (intent && method === 'POST' && match![2] === '/cancel') return cancel(intent, body);
    return invalidRequest(404, `Unrecognized request URL (${method}: ${path}).`);
  }

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const method = req.method ?? '';
      const path = (req.url ?? '').split('?')[0]!;
      const { authorization, ...headers } = req.headers;
      const body = parseStripeForm(raw);
      requests.push({ method, path, headers, body });
      const send = (answer: Answer, replayed = false) => {
        res.writeHead(answer.status, {
          'content-type': 'application/json',
          'request-id': `req_${randomBytes(7).toString('hex')}`,
          ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
        });
        res.end(JSON.stringify(answer.body));
      };
      if (authorization !== `Bearer ${options.secretKey}`) {
        const given = String(authorization ?? '').replace(/^Bearer /, '');
        return send({
          status: 401,
          body: {
            error: {
              type: 'invalid_request_error',
              message: `Invalid API Key provided: ${given.slice(0, 8)}${'*'.repeat(8)}${given.slice(-4)}`,
            },
          },
        });
      }
      if (failures > 0) {
        failures -= 1;
        return send({
          status: 500,
          body: { error: { type: 'api_error', message: 'Something went wrong on Stripe’s end.' } },
        });
      }
      const key = req.headers['idempotency-key'];
      const fingerprint = `${method} ${path} ${raw}`;
      if (method === 'POST' && typeof key === 'string') {
        const earlier = idempotent.get(key);
        if (earlier && earlier.fingerprint !== fingerprint) {
          return send({
            status: 400,
            body: {
              error: {
                type: 'idempotency_error',
                message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
              },
            },
          });
        }
        if (earlier) return send(earlier.answer, true);
      }
      const answer = route(method, path, body);
      // Stripe saves a result once the endpoint has run: successes and card declines, not
      // requests refused while validating them.
      if (
        method === 'POST' &&
        typeof key === 'string' &&
        (answer.status === 200 || answer.status === 402)
      ) {
        idempotent.set(key, { fingerprint, answer: structuredClone(answer) });
      }
      send(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    intents,
    created: () => created,
    failNext(times) {
      failures = times;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
