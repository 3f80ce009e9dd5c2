import PDFDocument from 'pdfkit';
import { formatUsd, sumCents } from '../domain/index.js';
import { errorResolutionNotice } from './error-resolution-notice.js';
import { longDate, monthLabel, periodLabel, printable, shortDate } from './format.js';
import type { Column, Row } from './pdf-layout.js';
import {
  box,
  cell,
  contentWidth,
  fonts,
  notice,
  page,
  PageFlow,
  rule,
  stampFooters,
  table,
} from './pdf-layout.js';
import type { Statement } from './statement-types.js';

type Doc = PDFKit.PDFDocument;

const accountTypeLabel = { checking: 'Checking account', savings: 'Savings account' } as const;

function maskedAccount(statement: Statement): string {
  return `••••${statement.account.last4}`;
}

function drawHeader(doc: Doc, flow: PageFlow, s: Statement): void {
  const left = page.margin;
  const rightWidth = 230;
  const right = page.margin + contentWidth - rightWidth;
  const leftWidth = contentWidth - rightWidth - 12;
  const top = flow.y;

  cell(doc, printable(s.bank.name), left, top, leftWidth, { font: fonts.bold, size: 16 });
  cell(doc, printable(s.bank.addressLine), left, top + 22, leftWidth, { muted: true });
  cell(doc, `Customer service: ${printable(s.bank.servicePhone)}`, left, top + 34, leftWidth, {
    muted: true,
  });
  cell(doc, 'Account statement', right, top, rightWidth, {
    font: fonts.bold,
    size: 13,
    align: 'right',
  });
  cell(doc, periodLabel(s.period), right, top + 22, rightWidth, { align: 'right' });
  rule(doc, top + 52);

  let y = top + 66;
  cell(doc, printable(s.customer.name), left, y, leftWidth, { font: fonts.bold, size: 10 });
  for (const line of s.customer.mailingAddress) {
    y += 13;
    cell(doc, printable(line), left, y, leftWidth, { size: 10 });
  }

  const accountLines: [string, boolean][] = [
    [printable(s.account.nickname), true],
    [accountTypeLabel[s.account.type], false],
    [`Account number ${maskedAccount(s)}`, false],
    [`Statement for ${monthLabel(s.period.month)}`, false],
  ];
  accountLines.forEach(([text, bold], i) => {
    cell(doc, text, right, top + 66 + i * 13, rightWidth, {
      font: bold ? fonts.bold : fonts.regular,
      size: 10,
    });
  });
  flow.y = Math.max(y, top + 66 + 3 * 13) + 30;
}

function drawSummary(doc: Doc, flow: PageFlow, s: Statement): void {
  const lineHeight = 16;
  const rows: [string, string][] = [
    [`Opening balance on ${longDate(s.period.firstDay)}`, formatUsd(s.openingBalanceCents)],
    [`Deposits and other credits (${s.counts.credits})`, formatUsd(s.totalCreditsCents)],
    [`Withdrawals and other debits (${s.counts.debits})`, formatUsd(-s.totalDebitsCents)],
    [`Closing balance on ${longDate(s.period.lastDay)}`, formatUsd(s.closingBalanceCents)],
  ];
  const height = rows.length * lineHeight + 16;
  flow.ensure(20 + height);
  flow.sectionTitle('Account summary');
  const width = 320;
  box(doc, page.margin, flow.y, width, height);
  rows.forEach(([label, amount], i) => {
    const closing = i === rows.length - 1;
    const y = flow.y + 8 + i * lineHeight + (closing ? 4 : 0);
    if (closing) rule(doc, y - 4, page.margin + 8, width - 16);
    const style = { font: closing ? fonts.bold : fonts.regular, size: 9.5 };
    cell(doc, label, page.margin + 8, y, 200, style);
    cell(doc, amount, page.margin + 208, y, width - 216, { ...style, align: 'right' });
  });
  flow.y += height + 24;
}

const transactionColumns: readonly Column[] = [
  { header: 'Date', width: 50, align: 'left' },
  { header: 'Description', width: 254, align: 'left' },
  { header: 'Amount', width: 100, align: 'right' },
  { header: 'Balance', width: 100, align: 'right' },
];

function drawTransactions(doc: Doc, flow: PageFlow, s: Statement): void {
  const rows: Row[] = [
    {
      cells: [
        shortDate(s.period.firstDay),
        'Opening balance',
        '',
        formatUsd(s.openingBalanceCents),
      ],
    },
  ];
  for (const line of s.lines) {
    rows.push({
      cells: [
        shortDate(line.postedDate),
        printable(line.description),
        formatUsd(line.amountCents),
        formatUsd(line.balanceCents),
      ],
    });
  }
  if (s.lines.length === 0)
    rows.push({ cells: ['', 'No transactions posted in this period', '', ''] });
  rows.push({
    cells: [shortDate(s.period.lastDay), 'Closing balance', '', formatUsd(s.closingBalanceCents)],
    bold: true,
  });
  table(doc, flow, 'Transactions', transactionColumns, rows);
  flow.y += 24;
}

const checkColumns: readonly Column[] = [
  { header: 'Check number', width: 110, align: 'left' },
  { header: 'Date paid', width: 110, align: 'left' },
  { header: 'Amount', width: 100, align: 'right' },
];

function drawChecks(doc: Doc, flow: PageFlow, s: Statement): void {
  if (s.checksPaid.length === 0) return;
  const rows: Row[] = s.checksPaid.map((check) => ({
    cells: [String(check.checkNumber), shortDate(check.postedDate), formatUsd(check.amountCents)],
  }));
  const total = sumCents(s.checksPaid.map((check) => check.amountCents));
  const noun = s.checksPaid.length === 1 ? 'check' : 'checks';
  rows.push({ cells: [`${s.checksPaid.length} ${noun} paid`, '', formatUsd(total)], bold: true });
  table(doc, flow, 'Checks paid', checkColumns, rows);
  flow.y += 24;
}

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/**
 * Draws a statement as a PDF in the standard fonts only. The same statement always gives the
 * same bytes: the document's dates come from the period, and PDFKit derives the file id from them.
 */
export async function renderStatementPdf(statement: Statement): Promise<Buffer> {
  // The model is typed, but may be built by hand; this is the last place a full number could leak.
  if (!/^\d{4}$/.test(statement.account.last4)) {
    throw new RangeError('a statement shows only the last four digits of the account number');
  }
  const closedAt = new Date(`${statement.period.lastDay}T23:59:59Z`);
  if (Number.isNaN(closedAt.getTime())) throw new RangeError('statement period has no valid end');
  const bankName = printable(statement.bank.name);
  const month = monthLabel(statement.period.month);

  const doc = new PDFDocument({
    size: 'LETTER',
    margins: { top: page.margin, left: page.margin, right: page.margin, bottom: page.bottomMargin },
    bufferPages: true,
    lang: 'en-US',
    displayTitle: true,
    info: {
      Title: `${bankName} account statement, ${month}`,
      Author: bankName,
      Creator: 'bankdesk',
      CreationDate: closedAt,
      ModDate: closedAt,
    },
  });
  const bytes = collect(doc);

  const flow = new PageFlow(
    doc,
    `${bankName} · ${printable(statement.account.nickname)} ${maskedAccount(statement)} · ${month}`,
  );
  drawHeader(doc, flow, statement);
  drawSummary(doc, flow, statement);
  drawTransactions(doc, flow, statement);
  drawChecks(doc, flow, statement);
  const { heading, body } = errorResolutionNotice(statement.bank);
  notice(doc, flow, heading, printable(body));
  stampFooters(doc, `Questions? Call ${bankName} at ${printable(statement.bank.servicePhone)}`);
  doc.end();
  return bytes;
}
