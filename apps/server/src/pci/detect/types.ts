import type { PaymentCardBrand } from '../card-brands.js';

export type PciKind = 'pan' | 'cvv' | 'pin' | 'expiry' | 'track' | 'ssn';

export interface PciFinding {
  kind: PciKind;
  /** UTF-16 offsets into the scanned text: text.slice(start, end) is what to remove. */
  start: number;
  end: number;
  /**
   * Why: 'luhn' (known IIN, length and Luhn), 'context' (card-like near card words), 'spoken',
   * 'split', 'track', 'label' (CVV/PIN/expiry/SSN by their words, or an SSN by its dashed shape).
   */
  basis: 'luhn' | 'context' | 'spoken' | 'split' | 'track' | 'label';
  /** PANs only, when known. Never the digits themselves. */
  brand?: PaymentCardBrand;
  last4?: string;
}

export interface EarlierSpan {
  message: number;
  start: number;
  end: number;
  kind: PciKind;
}

export interface PciScan {
  findings: PciFinding[];
  /** Spans of earlier messages (index into `earlier`) that, with this text, make up a card number. */
  earlier: EarlierSpan[];
  /** true when anything was found here or in `earlier`. */
  blocked: boolean;
}
