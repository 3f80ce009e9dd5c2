export { invokeTool, toolCallsPerMinute } from './gate.js';
export type { ToolCall } from './gate.js';
export { createRegistry } from './registry.js';
export type { ToolRegistry } from './registry.js';
export { toolCatalog } from './catalog.js';
export { isValidRoutingNumber } from './transfer-tools.js';
export type {
  ToolDefinition,
  ToolOutcome,
  ToolRefusal,
  ToolServices,
  ToolContext,
} from './tool.js';
export { toolJsonSchema } from './json-schema.js';
