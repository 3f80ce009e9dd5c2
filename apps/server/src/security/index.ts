// The security core's public face. Level changes are deliberately absent: only the verifiers
// below (identifyCaller, verifyOtp, verifySecurityAnswer) can raise a session's level.
export { resolveMasterSecret, decodeSecret } from './master-secret.js';
export { createKeys } from './keys.js';
export type { Keys, KeyPurpose } from './keys.js';
export {
  normalizeAnswer,
  hashSecretAnswer,
  verifySecretAnswer,
  defaultKdfParams,
} from './answer-hash.js';
export type { KdfParams } from './answer-hash.js';
export { seal, open } from './sealed-box.js';
export { newToken, hashToken, isWellFormedToken } from './tokens.js';
export { normalizePhone, phoneLast4 } from './phone.js';
export { defaultSecuritySettings } from './context.js';
export type { SecurityContext, SecuritySettings, RequestOrigin } from './context.js';
export { authorize, nextStepUp, isAuthLevel } from './auth-levels.js';
export type { AuthLevel, AuthState, AuthDecision, AuthLocks, StepUp } from './auth-levels.js';
export { loadAuthState, loadSessionAuth } from './auth-state.js';
export {
  createSession,
  resolveSession,
  lockLiveSession,
  touchSession,
  touchSessionSql,
  endSession,
} from './session-store.js';
export type { Session, NewSession, Channel } from './session-store.js';
export { identifyCaller } from './identify.js';
export type { IdentifyInput, IdentifyResult } from './identify.js';
export { sendOtp, verifyOtp } from './otp.js';
export type { SendOtpResult, VerifyOtpResult } from './otp.js';
export { securityQuestion, verifySecurityAnswer } from './security-question.js';
export type { QuestionResult, AnswerResult } from './security-question.js';
export { recordRecordingConsent, recordDataProcessingConsent } from './consent.js';
export type { ConsentMethod } from './consent.js';
export { recordingRuleFor, disclosureText } from './consent-rules.js';
export type { RecordingRule } from './consent-rules.js';
export { limits } from './throttle.js';
export * from './audit/index.js';
export * from './staff/index.js';
