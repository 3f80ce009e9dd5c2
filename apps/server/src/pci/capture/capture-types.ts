import type { Db } from '../../db/index.js';
import type { PaymentCardBrand } from '../card-brands.js';
import type { PaymentProcessor } from '../processors/index.js';
import type { StoredCard, VaultKeyring } from '../vault/index.js';

export interface CaptureServices {
  db: Db;
  keyring: VaultKeyring;
  processor: PaymentProcessor;
  timeZone: string;
  now: () => Date;
}

/** All a language model ever learns of a card. */
export interface CardView {
  token: string;
  brand: PaymentCardBrand;
  last4: string;
  expMonth: number | null;
  expYear: number | null;
}

export type CaptureStepName = 'card' | 'expiry' | 'cvv';

export type CaptureOutcome =
  | {
      ok: true;
      captureId: string;
      status: 'awaiting_expiry' | 'awaiting_cvv';
      next: CaptureStepName;
      card: CardView;
    }
  | { ok: true; captureId: string; status: 'authorized'; card: CardView }
  | {
      ok: false;
      captureId: string;
      code: 'CARD_INVALID';
      message: string;
      /** The step to repeat, or null when the capture has given up after too many tries. */
      next: CaptureStepName | null;
    }
  | {
      ok: false;
      captureId: string;
      code: 'CARD_DECLINED';
      message: string;
      declineCode: string;
      card: CardView;
    }
  | {
      ok: false;
      captureId: string;
      code: 'NOT_FOUND' | 'CAPTURE_EXPIRED' | 'CONFLICT' | 'PAYMENT_PROCESSOR_UNAVAILABLE';
      message: string;
    };

export function cardView(card: StoredCard): CardView {
  return {
    token: card.token,
    brand: card.brand,
    last4: card.last4,
    expMonth: card.expMonth,
    expYear: card.expYear,
  };
}
