/**
 * Seed 004's user guidance, word for word: what a customer is told when card data is caught.
 * The example card ending is the seed's own.
 */
export const pciWarning =
  'For your security, please never share your full card number, CVV code, or PIN in chat. If you need to reference a card, please use only the last 4 digits (e.g., card ending in 4532).';
