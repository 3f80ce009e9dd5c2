import { asSchema } from 'ai';
import { describe, expect, it } from 'vitest';
import { toolCatalog } from '../../../tools/index.js';
import { llmTool, ToolLoop } from './tool-loop.js';

describe('the catalog as a model sees it', () => {
  const loop = new ToolLoop(() => Promise.resolve({ ok: true }));
  const set = loop.toolSet(toolCatalog.map(llmTool));

  it.each(toolCatalog.map((t) => [t.name]))('%s has a JSON schema for an object', async (name) => {
    const schema = await asSchema(set[name]!.inputSchema).jsonSchema;
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    // The model layer does not judge the input; the gate does.
    expect(asSchema(set[name]!.inputSchema).validate).toBeUndefined();
  });
});
