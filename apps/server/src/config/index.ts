export { loadConfig } from './load-config.js';
export type {
  BrainConfig,
  Config,
  LlmConfig,
  LlmProvider,
  Mode,
  PaymentsConfig,
  SmsConfig,
} from './load-config.js';
export { envVars, envSchema, jurisdictionPattern } from './env-schema.js';
export { bankProfileSchema, defaultBankProfile, loadBankProfile } from './bank-profile.js';
export type { BankProfile } from './bank-profile.js';
