export { defaultLedgerContext, confirmationNumber, readableAlphabet } from './context.js';
export type { LedgerContext } from './context.js';
export {
  internalAccountCodes,
  internalAccountId,
  ensureInternalAccounts,
} from './internal-accounts.js';
export type { InternalAccountCode } from './internal-accounts.js';
export { postJournal, reverseJournal, lockAccounts } from './post-journal.js';
export type { JournalInput, LockedAccount } from './post-journal.js';
export { placeHold, releaseHold, captureHold } from './holds.js';
export { runOperation } from './run-operation.js';
export type { OperationOptions, OperationResult } from './run-operation.js';
export { getBalances } from './balances.js';
export type { AccountBalance } from './balances.js';
export { lockCustomerAccounts } from './ownership.js';
export { insertStatementLine, insertStatementLines } from './statement-lines.js';
export { verifyLedger } from './integrity.js';
export type { LedgerProblem } from './integrity.js';
export { internalTransfer } from './movements/internal-transfer.js';
export type {
  InternalTransferInput,
  InternalTransferResult,
} from './movements/internal-transfer.js';
export { chargeFee } from './movements/fee.js';
export { postProvisionalCredit, reverseProvisionalCredit } from './movements/provisional-credit.js';
export { reverseMovement } from './movements/reversal.js';
export {
  authorizeCardCharge,
  captureCardCharge,
  voidCardAuthorization,
} from './movements/card-charge.js';
export type { CardAuthorizationInput } from './movements/card-charge.js';
export { postDeposit } from './movements/deposit.js';
export type { DepositKind } from './movements/deposit.js';
export { postBillPayment } from './movements/bill-payment.js';
export { receiveCardPayment } from './movements/card-payment.js';
export { sendExternalTransfer } from './movements/external-transfer.js';
export type { ExternalTransferInput } from './movements/external-transfer.js';
export { clearCheck } from './movements/check-clearing.js';
