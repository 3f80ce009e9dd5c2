#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import {
  auditVerifyCommand,
  chatCommand,
  evalCommand,
  vaultRekeyCommand,
  createProgress,
  formatChecks,
  mcpCommand,
  migrateCommand,
  nluEvalCommand,
  nluTrainCommand,
  runDoctor,
  seedCommand,
  serveCommand,
  sessionNewCommand,
  staffAddCommand,
} from './cli/index.js';
import { jurisdictionPattern, loadConfig } from './config/index.js';
import { AppError, isAppError } from './errors/index.js';
import { version } from './version.js';

const program = new Command()
  .name('bankdesk')
  .description('A security-first customer-service agent for banks')
  .version(version)
  .showHelpAfterError()
  .exitOverride();

const out = (line: string) => process.stdout.write(line + '\n');

program
  .command('serve')
  .description(
    'run the HTTP server (migrates, and seeds the demo bank in sandbox mode, on first start)',
  )
  .action(async () => {
    await serveCommand(loadConfig());
  });

program
  .command('seed')
  .description('seed the demo bank into an empty database (sandbox mode only)')
  .option('--reset', 'empty every table first', false)
  .action(async (options: { reset: boolean }) => {
    await seedCommand(loadConfig(), options, createProgress(), out);
  });

program
  .command('migrate')
  .description('apply pending database migrations and exit')
  .action(async () => {
    await migrateCommand(loadConfig(), createProgress(), out);
  });

program
  .command('chat')
  .description(
    'talk to the agent in the terminal (in this process, or a running server with --url)',
  )
  .option('--url <url>', 'a running bankdesk server, e.g. http://127.0.0.1:3000')
  .option('--jurisdiction <code>', 'where the caller is, e.g. US-CO')
  .action(async (options: { url?: string; jurisdiction?: string }) => {
    if (options.jurisdiction !== undefined && !jurisdictionPattern.test(options.jurisdiction)) {
      throw new AppError('INVALID_INPUT', 'jurisdiction must look like US-CO');
    }
    await chatCommand(loadConfig(), options);
  });

program
  .command('mcp')
  .description(
    'serve the tool catalog over MCP on stdin/stdout for one session (BANKDESK_SESSION_TOKEN, or a new one)',
  )
  .action(async () => {
    await mcpCommand(loadConfig());
  });

const session = program.command('session').description('conversation sessions');
session
  .command('new')
  .description('start a session and print its bearer token (for MCP clients)')
  .option('--channel <channel>', 'chat, voice, phone or mcp', 'mcp')
  .option('--jurisdiction <code>', 'where the caller is, e.g. US-CO')
  .action(async (options: { channel: string; jurisdiction?: string }) => {
    if (!['chat', 'voice', 'phone', 'mcp'].includes(options.channel)) {
      throw new AppError('INVALID_INPUT', 'channel must be chat, voice, phone or mcp');
    }
    if (options.jurisdiction !== undefined && !jurisdictionPattern.test(options.jurisdiction)) {
      throw new AppError('INVALID_INPUT', 'jurisdiction must look like US-CO');
    }
    await sessionNewCommand(
      loadConfig(),
      {
        channel: options.channel as 'mcp',
        ...(options.jurisdiction ? { jurisdiction: options.jurisdiction } : {}),
      },
      out,
    );
  });

const audit = program.command('audit').description('the tamper-evident audit trail');
audit
  .command('verify')
  .description('recompute the hash chain; exit 1 and name the first broken record if any')
  .action(async () => {
    process.exitCode = await auditVerifyCommand(loadConfig(), createProgress(), out);
  });

const vault = program.command('vault').description('the card token vault');
vault
  .command('rekey')
  .description('re-seal every stored card under BANKDESK_VAULT_KEY_ID (after rotating it)')
  .action(async () => {
    await vaultRekeyCommand(loadConfig(), createProgress(), out);
  });

const staff = program
  .command('staff')
  .description('staff accounts for the console and the ops API');
staff
  .command('add')
  .description('create a staff account; the password is read from standard input')
  .requiredOption('--username <username>', 'login name: 3 to 64 of a-z, 0-9, . _ -')
  .requiredOption('--name <name>', 'name shown to colleagues')
  .requiredOption('--role <role>', 'agent, supervisor or auditor')
  .action(async (options: { username: string; name: string; role: string }) => {
    await staffAddCommand(loadConfig(), options, createProgress(), out);
  });

program
  .command('eval')
  .description(
    'run a scenario suite against the agent and score it (pass rate, pass^k); exit 1 if any trial fails',
  )
  .argument('<dir>', 'folder of scenario files (.yaml, .yml, .json)')
  .option('--brain <brain>', 'builtin or llm', 'builtin')
  .option('--trials <k>', 'trials per scenario', '1')
  .option('--url <url>', 'drive this running server instead of a fresh in-process one per trial')
  .option('--staff-token <token>', 'ops API token for --url (default: BANKDESK_STAFF_TOKEN)')
  .option('--out <file>', 'JSON report (default: bench/results/eval-<brain>.json)')
  .option('--only <ids>', 'comma-separated scenario ids to run')
  .option('--concurrency <n>', 'trials run at once', '1')
  .action(
    async (
      dir: string,
      options: {
        brain: string;
        trials: string;
        url?: string;
        staffToken?: string;
        out?: string;
        only?: string;
        concurrency: string;
      },
    ) => {
      process.exitCode = await evalCommand({ dir, ...options }, out, createProgress());
    },
  );

const nlu = program.command('nlu').description('the built-in (offline) intent classifier');
nlu
  .command('train')
  .description("train on the repository's utterances (and labelled CSV files); report time and fit")
  .option('--extra <file...>', 'CSV files with a text column and a label/category/intent column')
  .action(async (options: { extra?: string[] }) => {
    await nluTrainCommand(options, createProgress(), out);
  });
nlu
  .command('eval')
  .description(
    "train on the repository's utterances plus --extra and score --test (accuracy, macro-F1, errors); " +
      'only the labels of the --extra files and out_of_scope are ranked',
  )
  .option('--extra <file...>', "labelled CSV files to train on as well (the test set's label set)")
  .requiredOption('--test <file>', 'labelled CSV file to score')
  .action(async (options: { extra?: string[]; test: string }) => {
    await nluEvalCommand(options, createProgress(), out);
  });

program
  .command('doctor')
  .description('check this machine: Node, configuration, database, port, optional parts')
  .action(async () => {
    const checks = await runDoctor();
    out(formatChecks(checks));
    if (checks.some((c) => c.status === 'fail')) process.exitCode = 1;
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (isAppError(error)) {
    process.stderr.write(`error [${error.code}]: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    // Not one of ours: a bug or a broken environment. The stack helps, but only when asked for.
    const debug = process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace';
    const detail = error instanceof Error ? (debug ? error.stack : error.message) : String(error);
    process.stderr.write(
      `error [INTERNAL]: ${detail}${debug ? '' : ' (LOG_LEVEL=debug shows more)'}\n`,
    );
    process.exitCode = 1;
  }
}
