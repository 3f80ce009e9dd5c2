import type { PaymentProcessor } from './processors/index.js';
import type { VaultKeyring } from './vault/index.js';

export {
  paymentCardBrands,
  cardBrandOf,
  luhnValid,
  isValidPan,
  cvvLengthFor,
  brandName,
} from './card-brands.js';
export type { PaymentCardBrand } from './card-brands.js';
export { scanPci, containsCardData, redactPci, redactSpans } from './detect/index.js';
export type { PciKind, PciFinding, PciScan, EarlierSpan } from './detect/index.js';
export * from './guard/index.js';
export * from './capture/index.js';
export * from './payments/index.js';
export {
  createVaultKeyring,
  findCard,
  rekeyVault,
  setCardExpiry,
  tokenizeCard,
} from './vault/index.js';
export type { StoredCard, VaultKeyring } from './vault/index.js';
export { createSandboxProcessor, createStripeProcessor } from './processors/index.js';
export type { PaymentProcessor } from './processors/index.js';

/** What card payments run on, built once per server. */
export interface PaymentServices {
  keyring: VaultKeyring;
  processor: PaymentProcessor;
  /** The server's address as customers reach it: the web card form is `${publicUrl}/capture/<id>`. */
  publicUrl: string;
}
