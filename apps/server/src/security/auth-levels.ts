/**
 * The three levels of ARCHITECTURE.md. 1: identified (caller ID on file, or phone number plus date
 * of birth or ZIP). 2: plus a one-time code to the phone on file. 3: plus the security question —
 * only after 2, because a security question is something others can learn, not a factor of its
 * own (RULES.md §5.4).
 */
export type AuthLevel = 0 | 1 | 2 | 3;

export type StepUp = 'identify' | 'otp' | 'security_answer';

export interface AuthLocks {
  /** Too many failed identifications in this session. */
  identify: boolean;
  /** Too many wrong codes in this session. */
  otp: boolean;
  /** Too many wrong security answers in this session, for this customer. */
  securityAnswer: boolean;
  /** Step-up locked for the customer across sessions (wrong codes for their phone). */
  stepUp: boolean;
}

export interface AuthState {
  sessionId: string;
  customerId: string | null;
  level: AuthLevel;
  locks: AuthLocks;
}

export type AuthDecision =
  | { ok: true }
  | { ok: false; code: 'AUTH_REQUIRED'; level: AuthLevel; next: StepUp }
  | { ok: false; code: 'STEP_UP_LOCKED'; level: AuthLevel; handoff: true };

export function nextStepUp(level: AuthLevel): StepUp {
  return level === 0 ? 'identify' : level === 1 ? 'otp' : 'security_answer';
}

/**
 * The one policy check every tool call passes: enough level, or the next step that would earn
 * it — unless that step is locked, in which case only a human can help. Pure, so it is the same
 * everywhere it runs.
 */
export function authorize(state: AuthState, required: AuthLevel): AuthDecision {
  if (state.level >= required) return { ok: true };
  const next = nextStepUp(state.level);
  const locked =
    next === 'identify'
      ? state.locks.identify
      : next === 'otp'
        ? state.locks.otp || state.locks.stepUp
        : state.locks.securityAnswer || state.locks.stepUp;
  return locked
    ? { ok: false, code: 'STEP_UP_LOCKED', level: required, handoff: true }
    : { ok: false, code: 'AUTH_REQUIRED', level: required, next };
}

export function isAuthLevel(value: number): value is AuthLevel {
  return value === 0 || value === 1 || value === 2 || value === 3;
}
