import pino from 'pino';
import type { Logger } from 'pino';
import pretty from 'pino-pretty';
import { redactPci } from '../pci/detect/index.js';
import { redactPaths, redactionCensor, redactQueryString } from './redaction.js';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level: string;
  format: 'pretty' | 'json';
  /** Where lines go; defaults to stdout. Tests pass a stream to read what was logged. */
  destination?: NodeJS.WritableStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const base: pino.LoggerOptions = {
    level: options.level,
    redact: { paths: redactPaths, censor: redactionCensor },
    hooks: {
      // The last stop before a line leaves the process: whatever a message, a field or an error
      // carried, card data is masked to its last four here (PCI DSS 3.4.1, 10.2).
      streamWrite: (line) => {
        const { text, scan } = redactPci(line, { style: 'mask' });
        return scan.blocked ? text : line;
      },
    },
    serializers: {
      err: safeErrorSerializer,
      error: safeErrorSerializer,
      req: (req: { method?: string; url?: string; id?: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url ? redactQueryString(req.url) : undefined,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  };
  if (options.format === 'pretty') {
    // Synchronous pretty-printing in-process: no worker thread to lose lines at exit.
    const stream = pretty({
      colorize: false,
      sync: true,
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname',
      destination: options.destination ?? process.stdout,
    });
    return pino(base, stream);
  }
  return pino(
    base,
    (options.destination as pino.DestinationStream | undefined) ??
      pino.destination({ sync: false }),
  );
}

/**
 * pino's error serializer, minus what a database error drags along: drizzle puts the query's
 * parameter values in `params` and in the message, and those values can be customer data.
 */
export function safeErrorSerializer(error: unknown): Record<string, unknown> {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  return scrub(serialized, 0);
}

function scrub(value: Record<string, unknown>, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (key === 'params' || key === 'parameters') continue;
    if (key === 'message' && typeof field === 'string') {
      out[key] = field.replace(/\nparams: [\s\S]*$/, '');
    } else if (key === 'stack' && typeof field === 'string') {
      out[key] = field.replace(/\nparams: [^\n]*/, '');
    } else if (field && typeof field === 'object' && !Array.isArray(field) && depth < 4) {
      out[key] = scrub(field as Record<string, unknown>, depth + 1);
    } else {
      out[key] = field;
    }
  }
  return out;
}
