import { createRequire } from 'node:module';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatUsd } from '../domain/index.js';
import { buildStatement, periodOfMonth, renderStatementPdf } from './index.js';
import type { Statement, StatementTransactionInput } from './index.js';

// A number the bank might hold for the account; only its last four digits may reach the page.
const fullAccountNumber = '000123454521';

const standardFontDataUrl =
  path.join(
    path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
    'standard_fonts',
  ) + path.sep;

function statementOf(month: string, transactions: StatementTransactionInput[]): Statement {
  const period = periodOfMonth(month);
  if (!period) throw new Error(`bad month ${month}`);
  const result = buildStatement({
    bank: {
      name: 'First National Bank',
      addressLine: '100 Main Street, Denver, CO 80202',
      servicePhone: '1-800-555-0100',
    },
    customer: { name: 'Alex Rivera', mailingAddress: ['1450 Larimer Street', 'Denver, CO 80202'] },
    account: { nickname: 'Everyday Checking', type: 'checking', last4: '4521', currency: 'usd' },
    period,
    openingBalanceCents: 564_732,
    transactions,
  });
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.statement;
}

const shortMonth = statementOf('2026-03', [
  {
    id: 'ch_1',
    postedDate: '2026-03-02',
    description: 'SQ *BLUE BOTTLE COFFEE',
    amountCents: -675,
  },
  { id: 'ch_2', postedDate: '2026-03-15', description: 'PAYROLL ACME CORP', amountCents: 310_000 },
  {
    id: 'ch_3',
    postedDate: '2026-03-09',
    description: 'CHECK',
    amountCents: -15_000,
    checkNumber: 1234,
  },
  {
    id: 'ch_4',
    postedDate: '2026-03-20',
    description: `TRANSFER TO ACCT ${fullAccountNumber}`,
    amountCents: -3_500,
  },
]);

function longMonth(count: number): Statement {
  const transactions: StatementTransactionInput[] = [];
  for (let i = 0; i < count; i += 1) {
    transactions.push({
      id: `ch_${i}`,
      postedDate: `2026-01-${String(1 + (i % 31)).padStart(2, '0')}`,
      description: `MERCHANT ${String(i).padStart(3, '0')}`,
      amountCents: i % 10 === 0 ? 125_000 : -(1_000 + i * 37),
      ...(i % 30 === 7 ? { checkNumber: 2000 + i } : {}),
    });
  }
  return statementOf('2026-01', transactions);
}

async function pageTexts(pdf: Buffer): Promise<string[]> {
  // pdfjs takes ownership of the array it is given, so hand it a copy.
  const doc = await getDocument({ data: new Uint8Array(pdf), standardFontDataUrl, verbosity: 0 })
    .promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    const strings = content.items.map((item) => ('str' in item ? item.str : ''));
    pages.push(strings.filter((str) => str.trim() !== '').join('\n'));
  }
  await doc.destroy();
  return pages;
}

/** The PDF's bytes with every compressed stream inflated, so a search sees the drawn text too. */
function rawAndInflated(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const parts = [raw];
  for (const match of raw.matchAll(/(?<!end)stream\r?\n/g)) {
    const start = match.index + match[0].length;
    parts.push(
      inflateSync(pdf.subarray(start, raw.indexOf('endstream', start))).toString('latin1'),
    );
  }
  return parts.join('\n');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('renderStatementPdf', () => {
  it('writes a well-formed PDF in the standard fonts only', async () => {
    const pdf = await renderStatementPdf(shortMonth);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    const raw = rawAndInflated(pdf);
    expect(raw).toMatch(/\/BaseFont \/Helvetica\b/);
    expect(raw).not.toMatch(/\/FontFile/);
    // The document's dates are the period's close, not the moment it was drawn.
    expect(raw).toContain('(D:20260331235959Z)');
  });

  it('shows the bank, customer, period, summary, transactions, checks and notice', async () => {
    const pages = await pageTexts(await renderStatementPdf(shortMonth));
    expect(pages).toHaveLength(1);
    const text = pages[0] ?? '';
    for (const expected of [
      'First National Bank',
      '100 Main Street, Denver, CO 80202',
      'Alex Rivera',
      '1450 Larimer Street',
      'Everyday Checking',
      'Account number ••••4521',
      'March 1, 2026 through March 31, 2026',
      'Opening balance on March 1, 2026',
      '$5,647.32',
      'Deposits and other credits (1)',
      '$3,100.00',
      'Withdrawals and other debits (3)',
      '-$191.75',
      'Closing balance on March 31, 2026',
      formatUsd(shortMonth.closingBalanceCents),
      'SQ *BLUE BOTTLE COFFEE',
      '-$6.75',
      '$5,640.57',
      'Checks paid',
      '1234',
      '$150.00',
      'Page 1 of 1',
      'Questions? Call First National Bank at 1-800-555-0100',
    ]) {
      expect(text).toContain(expected);
    }
    expect(formatUsd(shortMonth.closingBalanceCents)).toBe('$8,555.57');
    // The notice wraps over several lines; read it as one paragraph.
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Errors or questions about your electronic transfers?');
    expect(flat).toContain('within 60 days after we sent the FIRST statement');
    expect(flat).toContain('call us at 1-800-555-0100 or write to us at 100 Main Street');
  });

  it('never shows more than the last four digits of the account', async () => {
    const pdf = await renderStatementPdf(shortMonth);
    const text = (await pageTexts(pdf)).join('\n');
    expect(text).toContain('TRANSFER TO ACCT ••••4521');
    expect(text).not.toContain(fullAccountNumber);
    // The ZIP codes are the only runs of more than four digits on the page.
    expect(new Set(text.match(/\d{5,}/g))).toEqual(new Set(['80202']));
    const raw = rawAndInflated(pdf);
    expect(raw).not.toContain(fullAccountNumber);
    expect(raw).not.toContain(Buffer.from(fullAccountNumber, 'latin1').toString('hex'));
  });

  it('refuses to draw a model whose last four is anything but four digits', async () => {
    const leaky = { ...shortMonth, account: { ...shortMonth.account, last4: fullAccountNumber } };
    await expect(renderStatementPdf(leaky)).rejects.toThrow(/only the last four digits/);
    const short = { ...shortMonth, account: { ...shortMonth.account, last4: '521' } };
    await expect(renderStatementPdf(short)).rejects.toThrow(RangeError);
  });

  it('carries a long month across pages with headers repeated and pages numbered', async () => {
    const statement = longMonth(120);
    const pdf = await renderStatementPdf(statement);
    const pages = await pageTexts(pdf);
    const count = pages.length;
    expect(count).toBeGreaterThanOrEqual(3);
    pages.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} of ${count}`);
      expect(text).toContain('1-800-555-0100');
      if (i > 0) {
        expect(text).toContain('First National Bank · Everyday Checking ••••4521 · January 2026');
      }
    });
    // Every page the table reaches repeats its title and column headers.
    const tablePages = pages.filter((text) => /MERCHANT \d{3}/.test(text));
    expect(tablePages.length).toBeGreaterThanOrEqual(3);
    tablePages.forEach((text, i) => {
      expect(text).toContain(i === 0 ? 'Transactions' : 'Transactions (continued)');
      expect(text).toContain('Date\nDescription\nAmount\nBalance');
    });
    // No line is lost or repeated at a page break.
    const all = pages.join('\n');
    const merchants = all.match(/MERCHANT \d{3}/g) ?? [];
    expect(merchants).toHaveLength(120);
    expect(new Set(merchants).size).toBe(120);
    expect(all).toContain('Checks paid');
    expect(pages.at(-1)).toContain('Closing balance');
    expect(all).toContain(formatUsd(statement.closingBalanceCents));
  });

  it('gives byte-identical output for the same statement, whatever the clock or time zone', async () => {
    const statement = longMonth(120);
    const first = await renderStatementPdf(statement);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-04T12:00:00Z'));
    const second = await renderStatementPdf(statement);
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      const third = await renderStatementPdf(statement);
      expect(third.equals(first)).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    expect(second.equals(first)).toBe(true);
  });

  it('renders a month without transactions', async () => {
    const text = (await pageTexts(await renderStatementPdf(statementOf('2026-02', [])))).join('\n');
    expect(text).toContain('No transactions posted in this period');
    expect(text).toContain('February 1, 2026 through February 28, 2026');
    expect(text).not.toContain('Checks paid');
    expect(text).toContain('Page 1 of 1');
  });
});
