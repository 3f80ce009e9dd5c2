export { createMcpServer, mcpInputSchema, mcpJsonSchema, toMcpResult } from './mcp-server.js';
export type { McpBinding } from './mcp-server.js';
export { mcpHttpRoutes } from './mcp-http.js';
export { serveMcpStdio } from './mcp-stdio.js';
