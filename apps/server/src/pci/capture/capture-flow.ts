import { localDateOf, parseIsoDate } from '../../domain/regulation/index.js';
import { findCard, setCardExpiry, tokenizeCard } from '../vault/index.js';
import type { StoredCard } from '../vault/index.js';
import { checkCardNumber, checkCvv, checkExpiry } from './card-entry.js';
import { authorizeCapture, settledOutcome, wrongEntry } from './capture-steps.js';
import { findCapture, lockCapture, updateCapture } from './capture-store.js';
import type { CaptureRow } from './capture-store.js';
import { cardView } from './capture-types.js';
import type {
  CaptureOutcome,
  CaptureServices,
  CaptureStepName,
  CardView,
} from './capture-types.js';

const stepOf: Record<string, CaptureStepName> = {
  awaiting_card: 'card',
  awaiting_expiry: 'expiry',
  awaiting_cvv: 'cvv',
};

function thisMonth(services: CaptureServices): { year: number; month: number } {
  const { year, month } = parseIsoDate(localDateOf(services.now(), services.timeZone));
  return { year, month };
}

/** A capture the caller may act on, or why not. Expiry is recorded the first time it is noticed. */
async function openCapture(
  services: CaptureServices,
  captureId: string,
  sessionId: string | null,
): Promise<CaptureRow | CaptureOutcome> {
  const found = await findCapture(services.db, captureId);
  // A capture of another conversation is answered like a missing one.
  if (!found || (sessionId !== null && found.sessionId !== sessionId)) {
    return { ok: false, captureId, code: 'NOT_FOUND', message: 'no such card request' };
  }
  const now = services.now();
  if (stepOf[found.status] && found.expiresAt <= now) {
    await services.db.transaction((tx) => updateCapture(tx, found.id, { status: 'expired' }, now));
    return {
      ok: false,
      captureId,
      code: 'CAPTURE_EXPIRED',
      message: 'the card request has timed out; start the payment again',
    };
  }
  if (found.status === 'expired') {
    return {
      ok: false,
      captureId,
      code: 'CAPTURE_EXPIRED',
      message: 'the card request has timed out; start the payment again',
    };
  }
  return found;
}

/** Stores the number in the vault (never anywhere else) and moves the capture on. */
async function storeNumber(
  services: CaptureServices,
  capture: CaptureRow,
  pan: string,
  expiry: { expMonth: number; expYear: number } | null,
): Promise<{ card: StoredCard } | CaptureOutcome> {
  const now = services.now();
  return services.db.transaction(async (tx) => {
    const locked = await lockCapture(tx, capture.id);
    if (locked?.status !== 'awaiting_card') {
      return {
        ok: false as const,
        captureId: capture.id,
        code: 'CONFLICT' as const,
        message: 'the card has already been entered',
      };
    }
    const card = await tokenizeCard(tx, services.keyring, {
      pan,
      customerId: capture.customerId,
      ...(expiry ?? {}),
      now,
    });
    await updateCapture(
      tx,
      capture.id,
      { vaultToken: card.token, status: expiry ? 'awaiting_cvv' : 'awaiting_expiry' },
      now,
    );
    return { card };
  });
}

async function cardOf(services: CaptureServices, capture: CaptureRow): Promise<StoredCard> {
  const card = capture.vaultToken ? await findCard(services.db, capture.vaultToken) : undefined;
  if (!card) throw new Error(`capture ${capture.id} has no card in the vault`);
  return card;
}

/**
 * One keypad entry on the phone, for whichever step the capture is at: the number, then the
 * expiry (MMYY), then the security code. The telephony channel hands the digits here directly;
 * they never reach the transcript, the brain or a recording.
 */
export async function submitKeypadEntry(
  services: CaptureServices,
  input: { captureId: string; sessionId: string; digits: string },
): Promise<CaptureOutcome> {
  const capture = await openCapture(services, input.captureId, input.sessionId);
  if ('ok' in capture) return capture;
  if (capture.status === 'awaiting_card') {
    const checked = checkCardNumber(input.digits);
    if (!checked.ok) return wrongEntry(services, capture, checked);
    const stored = await storeNumber(services, capture, checked.value.pan, null);
    if ('ok' in stored) return stored;
    return {
      ok: true,
      captureId: capture.id,
      status: 'awaiting_expiry',
      next: 'expiry',
      card: cardView(stored.card),
    };
  }
  if (capture.status === 'awaiting_expiry') {
    const checked = checkExpiry(input.digits, thisMonth(services));
    if (!checked.ok) return wrongEntry(services, capture, checked);
    const card = await services.db.transaction(async (tx) => {
      const updated = await setCardExpiry(
        tx,
        capture.vaultToken!,
        checked.value.expMonth,
        checked.value.expYear,
      );
      await updateCapture(tx, capture.id, { status: 'awaiting_cvv' }, services.now());
      return updated;
    });
    return {
      ok: true,
      captureId: capture.id,
      status: 'awaiting_cvv',
      next: 'cvv',
      card: cardView(card),
    };
  }
  if (capture.status === 'awaiting_cvv') {
    const card = await cardOf(services, capture);
    const checked = checkCvv(input.digits, card.brand);
    if (!checked.ok) return wrongEntry(services, capture, checked);
    return authorizeCapture(services, capture, card, checked.value);
  }
  return settledOutcome(
    capture,
    capture.vaultToken ? cardView(await cardOf(services, capture)) : emptyCard,
  );
}

const emptyCard: CardView = { token: '', brand: 'visa', last4: '', expMonth: null, expYear: null };

/** The web card form: number, expiry and code in one post, all checked before anything is kept. */
export async function submitCardForm(
  services: CaptureServices,
  input: { captureId: string; number: string; expiry: string; cvv: string },
): Promise<CaptureOutcome> {
  const capture = await openCapture(services, input.captureId, null);
  if ('ok' in capture) return capture;
  // A second post (another card, or a double click) never replaces the first card.
  if (capture.status !== 'awaiting_card') {
    return {
      ok: false,
      captureId: capture.id,
      code: 'CONFLICT',
      message: 'a card has already been entered for this request',
    };
  }
  const number = checkCardNumber(input.number);
  if (!number.ok) return wrongEntry(services, capture, number);
  const expiry = checkExpiry(input.expiry, thisMonth(services));
  if (!expiry.ok) return wrongEntry(services, capture, expiry);
  const cvv = checkCvv(input.cvv, number.value.brand);
  if (!cvv.ok) return wrongEntry(services, capture, cvv);
  const stored = await storeNumber(services, capture, number.value.pan, expiry.value);
  if ('ok' in stored) return stored;
  return authorizeCapture(
    services,
    { ...capture, vaultToken: stored.card.token },
    stored.card,
    cvv.value,
  );
}
