import type { Flow } from '../flow.js';
import {
  checkBalanceFlow,
  clarifyMerchantFlow,
  explainPendingFlow,
  replacementStatusFlow,
  requestStatementFlow,
  searchTransactionsFlow,
  transferStatusFlow,
  viewTransactionsFlow,
} from './account-flows.js';
import { freezeCardFlow, reportLostCardFlow, unfreezeCardFlow } from './card-flows.js';
import { cardPaymentFlow } from './card-payment-flow.js';
import {
  addEvidenceFlow,
  complianceDeadlineFlow,
  disputeStatusFlow,
  fraudCheckFlow,
  provisionalCreditFlow,
} from './case-flows.js';
import { disputeChargeFlow, reportFraudFlow } from './dispute-flows.js';
import { billPayFlow, internalTransferFlow, sendWireFlow, stopPaymentFlow } from './money-flows.js';

/** One flow per capability intent (agent/nlu/intents.ts). */
export const flows: ReadonlyMap<string, Flow> = new Map(
  [
    checkBalanceFlow,
    viewTransactionsFlow,
    searchTransactionsFlow,
    requestStatementFlow,
    reportLostCardFlow,
    freezeCardFlow,
    unfreezeCardFlow,
    replacementStatusFlow,
    disputeChargeFlow,
    clarifyMerchantFlow,
    internalTransferFlow,
    transferStatusFlow,
    billPayFlow,
    stopPaymentFlow,
    sendWireFlow,
    explainPendingFlow,
    reportFraudFlow,
    disputeStatusFlow,
    provisionalCreditFlow,
    complianceDeadlineFlow,
    addEvidenceFlow,
    fraudCheckFlow,
    cardPaymentFlow,
  ].map((flow) => [flow.intent, flow]),
);
