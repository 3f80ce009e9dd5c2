import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadKeys, openConfiguredStore } from '../apps/server/src/cli/runtime.js';
import { loadConfig } from '../apps/server/src/config/index.js';
import { createBankCalendar, formatLongDate } from '../apps/server/src/domain/regulation/index.js';
import { readSandboxOutbox } from '../apps/server/src/sms/index.js';
import { baseEnv, cli, run, startServe, stop } from './support/cli-process.js';
import type { Server } from './support/cli-process.js';
import { callTool, listTools } from './support/mcp-inspector.js';
import type { InspectorTarget, ToolResult } from './support/mcp-inspector.js';

// Each test here starts one or more bankdesk processes, and each boots PostgreSQL (PGlite in
// WebAssembly); two such files running side by side on a loaded two-core CI machine need minutes.
vi.setConfig({ testTimeout: 180_000 });

// A real third-party MCP client (the inspector CLI) drives bankdesk over stdio and over
// Streamable HTTP, one process per call, through the whole path a calling agent takes:
// identify, step up with a texted code, find the charge, dispute it, ask for the deadlines.

const alexPhone = '+15552345678';
const seed004Tools = [
  'file_dispute',
  'check_dispute_status',
  'get_compliance_deadline',
  'add_evidence',
  'lookup_transaction',
  'fraud_score',
];

async function newSession(cwd: string): Promise<string> {
  const made = await run(cwd, ['session', 'new', '--channel', 'mcp']);
  if (made.code !== 0) throw new Error(`session new failed: ${made.stderr}`);
  return made.stdout.trim();
}

const codeIn = (body: string | undefined) => {
  const code = body?.match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error('no one-time code in the last text');
  return code;
};

/** The bank-local filing date a case number carries: DSP-20261121-4F7K2Q. */
function filedOn(caseNumber: string): string {
  const [, y, m, d] = /^DSP-(\d{4})(\d{2})(\d{2})-/.exec(caseNumber)!;
  return `${y}-${m}-${d}`;
}

function expectRefusal(result: ToolResult, code: string) {
  expect(result.isError).toBe(true);
  expect(result.structuredContent).toMatchObject({ ok: false, code });
  expect(result.content[0]!.text.startsWith(`${code}:`)).toBe(true);
}

/** The same conversation over either transport. */
function conversation(target: () => InspectorTarget, latestCode: () => Promise<string>) {
  let chargeId: string;
  let disputeId: string;
  let caseNumber: string;

  it('lists the whole catalog, with seed 004 tools under their names and schemas', async () => {
    const tools = await listTools(target());
    expect(tools).toHaveLength(31);
    expect(tools.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        ...seed004Tools,
        'authenticate',
        'verify_otp',
        'step_up_authentication',
        'send_wire',
      ]),
    );
    const fileDispute = tools.find((t) => t.name === 'file_dispute')!;
    expect(fileDispute.inputSchema).toMatchObject({
      required: ['charge_id', 'reason'],
      properties: {
        charge_id: { type: 'string', pattern: '^ch_[a-zA-Z0-9]{24}$' },
        complaint_narrative: { maxLength: 5000 },
      },
    });
    const wire = tools.find((t) => t.name === 'send_wire')!;
    expect(wire.inputSchema).toMatchObject({
      properties: { idempotency_key: { type: 'string' }, confirmed: { type: 'boolean' } },
    });
  });

  it('refuses account tools before the caller is identified, as a tool error with the code', async () => {
    const denied = await callTool(target(), 'lookup_transaction', { merchant_name: 'AMZN' });
    expectRefusal(denied, 'AUTH_REQUIRED');
    expect(denied.structuredContent.level).toBe(1);
  });

  it('identifies the caller and looks up the charge with lookup_transaction', async () => {
    const who = await callTool(target(), 'authenticate', {
      phone: '(555) 234-5678',
      date_of_birth: '1985-03-14',
    });
    expect(who).toMatchObject({ isError: false, structuredContent: { ok: true, level: 1 } });
    const found = await callTool(target(), 'lookup_transaction', {
      merchant_name: 'amazon',
      amount_cents: 24_789,
    });
    expect(found.isError).toBe(false);
    const { transactions } = found.structuredContent as unknown as {
      transactions: Record<string, unknown>[];
    };
    expect(transactions).toHaveLength(1);
    expect(transactions[0]).toMatchObject({
      description: expect.stringContaining('AMZN MKTP US'),
      amount_cents: -24_789,
      amount: '-$247.89',
      status: 'posted',
    });
    chargeId = transactions[0]!.transaction_id as string;
    expect(chargeId).toMatch(/^ch_[A-Za-z0-9]{24}$/);
    expect(JSON.parse(found.content[0]!.text)).toEqual(found.structuredContent);
  });

  it('needs the one-time code to dispute, and takes it through verify_otp', async () => {
    expectRefusal(
      await callTool(target(), 'file_dispute', { charge_id: chargeId, reason: 'fraudulent' }),
      'AUTH_REQUIRED',
    );
    expect(await callTool(target(), 'verify_otp', {})).toMatchObject({
      isError: false,
      structuredContent: { ok: true },
    });
    const code = await latestCode();
    expectRefusal(
      await callTool(target(), 'verify_otp', { code: code === '000000' ? '111111' : '000000' }),
      'OTP_INVALID',
    );
    const verified = await callTool(target(), 'verify_otp', { code });
    expect(verified.structuredContent).toMatchObject({ ok: true, level: 2 });
  });

  it('files the dispute with file_dispute and answers in seed 004 shape', async () => {
    const filed = await callTool(target(), 'file_dispute', {
      charge_id: chargeId,
      reason: 'fraudulent',
      complaint_narrative: 'I did not make this purchase.',
    });
    expect(filed.isError).toBe(false);
    expect(filed.structuredContent).toMatchObject({
      success: true,
      status: 'needs_response',
      amount_cents: 24_789,
      network_reason_code: '10.4',
      provisional_credit_eligible: true,
      provisional_credit_deadline_days: 10,
      evidence_due_by: expect.any(Number),
      evidence_due_by_human: expect.stringMatching(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/),
      message: expect.any(String),
    });
    disputeId = filed.structuredContent.dispute_id as string;
    caseNumber = filed.structuredContent.case_number as string;
    expect(disputeId).toMatch(/^dp_[A-Za-z0-9]{24}$/);
    const again = await callTool(target(), 'file_dispute', {
      charge_id: chargeId,
      reason: 'fraudulent',
    });
    expectRefusal(again, 'CONFLICT');
    expectRefusal(
      await callTool(target(), 'file_dispute', { charge_id: 'ch_123', reason: 'fraudulent' }),
      'INVALID_INPUT',
    );
  });

  it('computes the Regulation E deadlines of that dispute with get_compliance_deadline', async () => {
    const result = await callTool(target(), 'get_compliance_deadline', {
      dispute_id: disputeId,
      card_type: 'debit',
    });
    expect(result.isError).toBe(false);
    const provisionalDue = createBankCalendar().addBusinessDays(filedOn(caseNumber), 10);
    expect(result.structuredContent).toMatchObject({
      regulation: 'Reg E',
      summary: expect.stringContaining('10 business days'),
      urgent_action_required: expect.any(Boolean),
    });
    const { deadlines } = result.structuredContent as unknown as {
      deadlines: Record<string, unknown>[];
    };
    expect(deadlines[0]).toEqual({
      label: 'Provisional Credit Deadline',
      due_date: Date.parse(`${provisionalDue}T00:00:00Z`) / 1000,
      due_date_human: formatLongDate(provisionalDue),
      days_from_now: expect.any(Number),
      action_required: 'provisional_credit',
      regulation: 'Reg E',
    });
    expect(deadlines.some((d) => d.action_required === 'resolution')).toBe(true);
  });

  it("refuses a dispute that is not the caller's as NOT_FOUND", async () => {
    const missing = await callTool(target(), 'check_dispute_status', {
      dispute_id: 'dp_000000000000000000000000',
    });
    expectRefusal(missing, 'NOT_FOUND');
  });
}

describe('MCP over stdio (bankdesk mcp), driven by the inspector CLI', () => {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'bankdesk-mcp-stdio-'));
  // The inspector runs from its own folder, so the data folder is named absolutely.
  const env = baseEnv({ BANKDESK_DATA_DIR: path.join(cwd, '.bankdesk') });
  let token = '';
  beforeAll(async () => {
    token = await newSession(cwd);
  }, 120_000);
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  // Each inspector call is its own `bankdesk mcp` process acting for the same session; between
  // calls the embedded database is free, so the test reads the sandbox outbox as an operator would.
  const latestCode = async () => {
    const config = loadConfig(env);
    const store = await openConfiguredStore(config);
    try {
      const [last] = await readSandboxOutbox(
        store.db,
        loadKeys(config).derive('sandbox-outbox'),
        alexPhone,
        1,
      );
      return codeIn(last?.body);
    } finally {
      await store.close();
    }
  };
  conversation(
    () => ({ stdio: [cli, 'mcp'], env: { ...env, BANKDESK_SESSION_TOKEN: token } }),
    latestCode,
  );
}, 300_000);

describe('MCP over Streamable HTTP (/mcp), driven by the inspector CLI', () => {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'bankdesk-mcp-http-'));
  let token = '';
  let server: Server | undefined;
  const base = () => server!.url;
  beforeAll(async () => {
    // The session is made before the server takes the embedded database.
    token = await newSession(cwd);
    server = await startServe(cwd);
  }, 120_000);
  afterAll(async () => {
    if (server && server.child.exitCode === null) await stop(server);
    rmSync(cwd, { recursive: true, force: true });
  });

  const latestCode = async () => {
    const response = await fetch(
      `${base()}/api/v1/sandbox/sms?to=${encodeURIComponent(alexPhone)}`,
    );
    const { messages } = (await response.json()) as { messages: { body: string }[] };
    return codeIn(messages[0]?.body);
  };
  conversation(() => ({ url: `${base()}/mcp`, token }), latestCode);

  it('refuses a request without a session token, or with a forged one, before any MCP handling', async () => {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' });
    const headers = {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
    };
    const bare = await fetch(`${base()}/mcp`, { method: 'POST', headers, body });
    expect(bare.status).toBe(401);
    expect(await bare.json()).toMatchObject({ error: { code: 'SESSION_INVALID' } });
    const forged = await fetch(`${base()}/mcp`, {
      method: 'POST',
      headers: { ...headers, authorization: `Bearer ${token.slice(0, -2)}xx` },
      body,
    });
    expect(forged.status).toBe(401);
    await expect(
      listTools({ url: `${base()}/mcp`, token: 'bdsess_not-a-real-token' }),
    ).rejects.toThrow(/inspector failed/);
  });
}, 300_000);
