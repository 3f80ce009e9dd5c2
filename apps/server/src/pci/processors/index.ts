// The payment processors' public face: one interface, a stateless sandbox and Stripe. Both open
// card numbers only through the vault's detokenize, inside authorize.
export type {
  AuthorizeRequest,
  AuthorizeResult,
  CaptureRequest,
  CaptureResult,
  PaymentProcessor,
  ProcessorRefusal,
  ProcessorRefusalCode,
  SandboxProcessorDeps,
  StripeProcessorDeps,
} from './processor.js';
export { createSandboxProcessor } from './sandbox-processor.js';
export { createStripeProcessor } from './stripe-processor.js';
export { stripeTestCards, testCardOutcome } from './test-cards.js';
export type { TestCard, TestCardOutcome } from './test-cards.js';
