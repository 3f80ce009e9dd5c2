import { z } from 'zod';

/**
 * A tool input as JSON Schema for outside callers (MCP clients, language models). zod writes
 * ±(2^53-1) as the bounds of every unbounded integer; those say nothing to a caller, and a
 * 16-digit number in every model request would read as a card number to the PCI guard.
 */
export function toolJsonSchema(schema: z.ZodType): { type: 'object'; [key: string]: unknown } {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ jsonSchema: s }) => {
      if (s.minimum === Number.MIN_SAFE_INTEGER) delete s.minimum;
      if (s.maximum === Number.MAX_SAFE_INTEGER) delete s.maximum;
      if (s.format === 'date' && typeof s.pattern === 'string') delete s.pattern;
    },
  }) as { type: 'object'; [key: string]: unknown };
}
