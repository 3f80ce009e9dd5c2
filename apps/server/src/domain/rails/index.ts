export {
  EASTERN_TIME,
  addSettlementDays,
  isSettlementDay,
  nextSettlementDay,
  settlementDayOnOrAfter,
} from './settlement-days.js';
export { ACH, FEDACH_SAME_DAY_WINDOWS, achTiming } from './ach.js';
export type { AchOptions, AchRequest, AchTiming, SameDayAchWindow, SameDayRefusal } from './ach.js';
export { WIRE_DEFAULTS, wireTiming } from './wire.js';
export type { WireOptions, WireSchedule, WireTiming } from './wire.js';
export {
  ZELLE_DEFAULTS,
  ZELLE_STATUSES,
  ZELLE_TRANSITIONS,
  canCancelZelle,
  canZelleTransition,
  zelleTiming,
} from './zelle.js';
export type { ZelleOptions, ZelleRequest, ZelleStatus, ZelleTiming } from './zelle.js';
export { STOP_PAYMENT, stopPaymentDates, stopPaymentStateOn } from './stop-payment.js';
export type {
  StopPaymentDates,
  StopPaymentOptions,
  StopPaymentRequest,
  StopPaymentState,
} from './stop-payment.js';
export { describeTransferStatus } from './describe-transfer.js';
export type { TransferRail, TransferStatus, TransferStatusFacts } from './describe-transfer.js';
export { describeStopPayment } from './describe-stop-payment.js';
export type { StopPaymentFacts } from './describe-stop-payment.js';
