import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';
import { redactQueryString } from './redaction.js';

function capture(format: 'json' | 'pretty' = 'json') {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString()));
  const logger = createLogger({ level: 'info', format, destination: stream });
  return { logger, text: () => chunks.join('') };
}

describe('logger', () => {
  it('redacts secret fields at any of the first three levels, in both formats', () => {
    for (const format of ['json', 'pretty'] as const) {
      const { logger, text } = capture(format);
      logger.info(
        {
          pan: '4242424242424242',
          payment: { cardNumber: '5555555555554444', cvv: '123' },
          verify: { challenge: { otp: '482913', securityAnswer: 'Johnson' } },
          req: { headers: { authorization: 'Bearer abc.def' } },
          accountLast4: '4521',
        },
        'event',
      );
      const out = text();
      for (const secret of [
        '4242424242424242',
        '5555555555554444',
        '482913',
        'Johnson',
        'abc.def',
        '"123"',
      ]) {
        expect(out).not.toContain(secret);
      }
      expect(out).toContain('4521');
      expect(out).toContain('[redacted]');
    }
  });

  it('masks card data wherever it hides in a line: message, unknown field, error, any format', () => {
    for (const format of ['json', 'pretty'] as const) {
      const { logger, text } = capture(format);
      logger.info(
        { note: 'caller read 5555-5555-5555-4444 aloud' },
        'card 4242 4242 4242 4242 in a message',
      );
      logger.error({ err: new Error('charge failed for 378282246310005') }, 'failed');
      logger.warn(['tokens', { deep: { deeper: 'visa 4000.0566.5566.5556' } }], 'array');
      const out = text();
      for (const digits of [
        '4242 4242 4242 4242',
        '5555-5555-5555-4444',
        '378282246310005',
        '4000.0566.5566.5556',
      ]) {
        expect(out).not.toContain(digits);
      }
      expect(out).toContain('4444');
      expect(out).toContain('card •••• 4242');
      expect(out).toContain('failed');
    }
  });

  it('keeps query-string keys but not their values', () => {
    expect(redactQueryString('/api/v1/sandbox/sms?to=%2B15552345678&x=1')).toBe(
      '/api/v1/sandbox/sms?to=…&x=…',
    );
    expect(redactQueryString('/healthz')).toBe('/healthz');
  });

  it('drops database query parameters from logged errors', () => {
    const { logger, text } = capture();
    const error = Object.assign(
      new Error('Failed query: insert into t values ($1)\nparams: secret-value-1'),
      {
        query: 'insert into t values ($1)',
        params: ['secret-value-1'],
        cause: Object.assign(new Error('duplicate key'), { params: ['secret-value-2'] }),
      },
    );
    logger.error({ err: error }, 'failed');
    const out = text();
    expect(out).toContain('insert into t values ($1)');
    expect(out).not.toContain('secret-value-1');
    expect(out).not.toContain('secret-value-2');
  });
});
