export { payWithCapturedCard } from './pay-with-card.js';
export type { CardPaymentResult, CardPaymentRow, PaymentRefusal } from './pay-with-card.js';
