export {
  startCardCapture,
  captureInProgress,
  findCapture,
  captureTtlMs,
  maxCaptureAttempts,
} from './capture-store.js';
export type { CaptureRow, CaptureChannel } from './capture-store.js';
export { submitKeypadEntry, submitCardForm } from './capture-flow.js';
export { cardView } from './capture-types.js';
export type {
  CaptureOutcome,
  CaptureServices,
  CardView,
  CaptureStepName,
} from './capture-types.js';
export { checkCardNumber, checkExpiry, checkCvv } from './card-entry.js';
