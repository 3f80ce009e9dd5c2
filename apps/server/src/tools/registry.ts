import type { ToolDefinition } from './tool.js';

export interface ToolRegistry {
  get(name: string): ToolDefinition | undefined;
  list(): ToolDefinition[];
}

/** The catalog: one place every channel reads, so every door offers the same tools. */
export function createRegistry(tools: readonly ToolDefinition[]): ToolRegistry {
  const byName = new Map<string, ToolDefinition>();
  for (const tool of tools) {
    if (!/^[a-z][a-z0-9_]{2,63}$/.test(tool.name))
      throw new Error(`tool name ${tool.name} is not snake_case`);
    if (byName.has(tool.name)) throw new Error(`tool ${tool.name} is defined twice`);
    byName.set(tool.name, tool);
  }
  return {
    get: (name) => byName.get(name),
    list: () => [...byName.values()],
  };
}
