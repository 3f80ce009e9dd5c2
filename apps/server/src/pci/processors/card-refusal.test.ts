import { describe, expect, it } from 'vitest';
import { captureRefusal, cardRefusal, processorUnavailable } from './card-refusal.js';

describe('card refusals in our terms', () => {
  it('reports the issuer’s reason when there is one, else the error code', () => {
    expect(cardRefusal('card_declined', 'insufficient_funds')).toMatchObject({
      code: 'CARD_DECLINED',
      declineCode: 'insufficient_funds',
    });
    expect(cardRefusal('expired_card')).toMatchObject({
      code: 'CARD_DECLINED',
      declineCode: 'expired_card',
    });
    expect(cardRefusal(undefined)).toMatchObject({
      code: 'CARD_DECLINED',
      declineCode: 'card_declined',
    });
  });

  it('treats wrong details as invalid, not declined', () => {
    for (const code of [
      'incorrect_number',
      'invalid_expiry_month',
      'invalid_expiry_year',
      'invalid_cvc',
    ]) {
      expect(cardRefusal(code, 'ignored')).toMatchObject({
        code: 'CARD_INVALID',
        declineCode: code,
      });
    }
  });

  it('says nothing about lost, stolen or fraud to the person holding the card', () => {
    for (const reason of ['lost_card', 'stolen_card', 'fraudulent']) {
      expect(cardRefusal('card_declined', reason).message).toBe('The card was declined.');
    }
  });

  it('keeps only short snake_case codes', () => {
    expect(cardRefusal('card_declined', 'Weird Code 4242424242424242').declineCode).toBe(
      'card_declined',
    );
    expect(captureRefusal('<script>').declineCode).toBe('capture_refused');
    expect(processorUnavailable('').declineCode).toBe('processor_error');
  });
});
