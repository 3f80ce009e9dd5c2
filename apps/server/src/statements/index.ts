/**
 * Monthly account statements: `buildStatement` checks a month's posted transactions and works out
 * the totals and running balances; `renderStatementPdf` draws the result. No I/O: callers load
 * the data and decide where the bytes go.
 */
export { buildStatement } from './statement-model.js';
export { periodOfMonth } from './format.js';
export { renderStatementPdf } from './render-pdf.js';
export type {
  BuildStatementResult,
  CheckPaid,
  Statement,
  StatementAccount,
  StatementAccountType,
  StatementBank,
  StatementCustomer,
  StatementInput,
  StatementLine,
  StatementPeriod,
  StatementTransactionInput,
} from './statement-types.js';
