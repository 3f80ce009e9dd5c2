// The token vault's public face. Opening a card number is deliberately absent: it lives in
// detokenize.ts, which only the payment processors may import (see access.test.ts).
export { createVaultKeyring, defaultVaultKeyId, isVaultKeyId } from './keyring.js';
export type { VaultKeyring } from './keyring.js';
export { tokenizeCard, setCardExpiry, findCard } from './card-store.js';
export type { StoredCard, TokenizeInput } from './card-store.js';
export { rekeyVault } from './rekey.js';
