import { execFile } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
// The inspector finds its own package.json relative to the working directory, so it runs from
// its build folder. It is the CLI half of `npx @modelcontextprotocol/inspector --cli`; the full
// package needs Node 22 for its web UI, which these tests do not use.
const inspectorDir = path.join(root, 'node_modules/@modelcontextprotocol/inspector-cli/build');

export interface ToolResult {
  content: { type: string; text: string }[];
  structuredContent: Record<string, unknown> & { ok: boolean; code?: string };
  isError: boolean;
}

export interface ListedTool {
  name: string;
  description: string;
  inputSchema: Record<string, unknown>;
}

/** How the inspector reaches the server: a command to spawn (stdio) or a URL with headers (HTTP). */
export type InspectorTarget =
  { stdio: string[]; env: NodeJS.ProcessEnv } | { url: string; token: string };

function targetArgs(target: InspectorTarget): string[] {
  if ('stdio' in target) return [process.execPath, ...target.stdio];
  return [target.url, '--transport', 'http', '--header', `Authorization: Bearer ${target.token}`];
}

/** Runs the inspector once and returns the JSON it printed; a failed run rejects with its output. */
export function inspect(target: InspectorTarget, method: string[]): Promise<unknown> {
  const env = 'stdio' in target ? target.env : { PATH: process.env.PATH, HOME: process.env.HOME };
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['cli.js', '--cli', ...targetArgs(target), ...method],
      { cwd: inspectorDir, env, timeout: 90_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error)
          return reject(new Error(`inspector failed (${error.message}):\n${stdout}\n${stderr}`));
        try {
          resolve(JSON.parse(stdout));
        } catch {
          reject(new Error(`inspector printed no JSON:\n${stdout}\n${stderr}`));
        }
      },
    );
  });
}

export async function listTools(target: InspectorTarget): Promise<ListedTool[]> {
  const listed = (await inspect(target, ['--method', 'tools/list'])) as { tools: ListedTool[] };
  return listed.tools;
}

/** Every argument JSON-encoded, because the inspector JSON-parses values ("123456" stays a string). */
export async function callTool(
  target: InspectorTarget,
  name: string,
  args: Record<string, unknown> = {},
): Promise<ToolResult> {
  const pairs = Object.entries(args).flatMap(([key, value]) => [
    '--tool-arg',
    `${key}=${JSON.stringify(value)}`,
  ]);
  return (await inspect(target, [
    '--method',
    'tools/call',
    '--tool-name',
    name,
    ...pairs,
  ])) as ToolResult;
}
