import { isCents } from '../../domain/index.js';
import { AppError } from '../../errors/index.js';

export function requirePositiveCents(amountCents: number): void {
  if (!isCents(amountCents) || amountCents <= 0) {
    throw new AppError('INVALID_AMOUNT', 'the amount must be a positive whole number of cents');
  }
}
