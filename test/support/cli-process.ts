import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';

/** The `bankdesk` command as npm links it; it loads the build that `npm start` runs. */
export const cli = path.resolve(import.meta.dirname, '../../apps/server/bin/bankdesk.js');
export const built = path.resolve(import.meta.dirname, '../../apps/server/dist/main.js');

export interface Server {
  child: ChildProcess;
  url: string;
  output: () => string;
  exit: Promise<number | null>;
}

export function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LOG_FORMAT: 'json',
    ...extra,
  };
  return env;
}

export async function startServe(cwd: string, extra: Record<string, string> = {}): Promise<Server> {
  const child = spawn(process.execPath, [cli, 'serve'], {
    cwd,
    env: baseEnv({ PORT: '0', ...extra }),
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /listening on (http:\/\/[^\s"]+)/.exec(output);
      if (match) {
        clearInterval(timer);
        resolve(match[1]!);
      }
    }, 50);
    void exit.then((code) => {
      clearInterval(timer);
      reject(new Error(`serve exited with ${code} before listening:\n${output}`));
    });
  });
  return { child, url, output: () => output, exit };
}

export async function stop(server: Server): Promise<number | null> {
  server.child.kill('SIGTERM');
  return server.exit;
}

export async function run(
  cwd: string,
  args: string[],
  extra: Record<string, string> = {},
  input?: string,
) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      [cli, ...args],
      { cwd, env: baseEnv(extra), timeout: 170_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(input ?? '');
  });
}
