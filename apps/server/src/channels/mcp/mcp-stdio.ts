import { serveStdio } from '@modelcontextprotocol/server/stdio';
import type { ToolRegistry, ToolServices } from '../../tools/index.js';
import type { McpBinding } from './mcp-server.js';
import { createMcpServer } from './mcp-server.js';

/** MCP over stdin/stdout for one session. Nothing else may write to stdout while it runs. */
export function serveMcpStdio(services: ToolServices, registry: ToolRegistry, binding: McpBinding) {
  return serveStdio(() => createMcpServer(services, registry, binding));
}
