import {
  checkBalance,
  explainPending,
  lookupTransaction,
  searchTransactions,
  viewRecentTransactions,
} from './account-tools.js';
import { authenticate, stepUpAuthentication, verifyOtpTool } from './auth-tools.js';
import { checkCardCapture, makeCardPayment } from './card-payment-tool.js';
import { checkReplacementStatus, freezeCard, reportLostCard, unfreezeCard } from './card-tools.js';
import { explainProvisionalCredit, getComplianceDeadlineTool } from './compliance-tools.js';
import {
  addEvidenceTool,
  checkDisputeStatus,
  disputeCharge,
  fileDisputeTool,
  listDisputes,
} from './dispute-tools.js';
import { clarifyMerchant, fraudScore, reportFraud } from './fraud-tools.js';
import { escalateToHuman } from './handoff-tools.js';
import { setupBillpay, stopPayment } from './payment-tools.js';
import { requestStatement } from './statement-tools.js';
import type { ToolDefinition } from './tool.js';
import { checkTransferStatus, internalTransfer, sendWire } from './transfer-tools.js';

/**
 * TOOLS.md's catalog, in its order, plus list_disputes (for "what's happening with my dispute?"
 * without an id) and check_card_capture (how a caller that cannot see the card form learns the
 * token once the customer has entered a card).
 */
export const toolCatalog: readonly ToolDefinition[] = [
  authenticate,
  verifyOtpTool,
  stepUpAuthentication,
  checkBalance,
  viewRecentTransactions,
  searchTransactions,
  lookupTransaction,
  requestStatement,
  reportLostCard,
  freezeCard,
  unfreezeCard,
  checkReplacementStatus,
  disputeCharge,
  fileDisputeTool,
  clarifyMerchant,
  internalTransfer,
  checkTransferStatus,
  setupBillpay,
  stopPayment,
  sendWire,
  explainPending,
  reportFraud,
  checkDisputeStatus,
  listDisputes,
  explainProvisionalCredit,
  getComplianceDeadlineTool,
  addEvidenceTool,
  fraudScore,
  makeCardPayment,
  checkCardCapture,
  escalateToHuman,
];
