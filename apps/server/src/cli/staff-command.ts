import readline from 'node:readline';
import { Writable } from 'node:stream';
import type { Config } from '../config/index.js';
import { AppError } from '../errors/index.js';
import type { StaffRole } from '../security/index.js';
import { createStaff } from '../security/index.js';
import type { Progress } from './progress.js';
import {
  createSecurityContext,
  createSmsSender,
  loadKeys,
  openConfiguredStore,
  prepareDatabase,
} from './runtime.js';

const roles: readonly StaffRole[] = ['agent', 'supervisor', 'auditor'];

/**
 * `bankdesk staff add --username U --name N --role R`: creates a staff account. The password is
 * read from standard input — typed without echo on a terminal, or piped — never from an argument,
 * where it would land in shell history and process listings.
 */
export async function staffAddCommand(
  config: Config,
  options: { username: string; name: string; role: string },
  progress: Progress,
  out: (line: string) => void,
): Promise<void> {
  if (!roles.includes(options.role as StaffRole)) {
    throw new AppError('INVALID_INPUT', `role must be one of ${roles.join(', ')}`);
  }
  const password = await readPassword(`password for ${options.username}: `);
  const store = await openConfiguredStore(config, { progress: progress.note });
  try {
    await prepareDatabase(store, progress.note);
    const keys = loadKeys(config);
    const security = createSecurityContext(
      config,
      store,
      keys,
      createSmsSender(config, store, keys),
    );
    const account = await createStaff(
      security,
      {
        username: options.username,
        displayName: options.name,
        role: options.role as StaffRole,
        password,
      },
      'system',
    );
    out(`created ${account.role} ${account.username} (${account.id})`);
  } finally {
    await store.close();
  }
}

async function readPassword(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    let text = '';
    for await (const chunk of input) text += String(chunk);
    return text.split('\n')[0]!.replace(/\r$/, '');
  }
  process.stderr.write(prompt);
  const muted = new Writable({ write: (_chunk, _encoding, callback) => callback() });
  const rl = readline.createInterface({ input, output: muted, terminal: true });
  try {
    return await new Promise<string>((resolve) => rl.question('', resolve));
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}
