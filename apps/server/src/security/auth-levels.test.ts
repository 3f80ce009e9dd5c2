import { describe, expect, it } from 'vitest';
import { authorize } from './auth-levels.js';
import type { AuthLevel, AuthLocks, AuthState } from './auth-levels.js';

const noLocks: AuthLocks = { identify: false, otp: false, securityAnswer: false, stepUp: false };
const state = (level: AuthLevel, locks: Partial<AuthLocks> = {}): AuthState => ({
  sessionId: 'sess_x',
  customerId: level > 0 ? 'cus_x' : null,
  level,
  locks: { ...noLocks, ...locks },
});

describe('authorize', () => {
  it('allows a level at or below the session', () => {
    for (const level of [0, 1, 2, 3] as const) {
      for (let required = 0; required <= level; required++) {
        expect(authorize(state(level), required as AuthLevel)).toEqual({ ok: true });
      }
    }
  });

  it('names the next step, one level at a time, never skipping the code', () => {
    expect(authorize(state(0), 1)).toEqual({
      ok: false,
      code: 'AUTH_REQUIRED',
      level: 1,
      next: 'identify',
    });
    expect(authorize(state(0), 3)).toEqual({
      ok: false,
      code: 'AUTH_REQUIRED',
      level: 3,
      next: 'identify',
    });
    expect(authorize(state(1), 2)).toEqual({
      ok: false,
      code: 'AUTH_REQUIRED',
      level: 2,
      next: 'otp',
    });
    // A security question is not a factor of its own: level 3 from level 1 still starts with the code.
    expect(authorize(state(1), 3)).toEqual({
      ok: false,
      code: 'AUTH_REQUIRED',
      level: 3,
      next: 'otp',
    });
    expect(authorize(state(2), 3)).toEqual({
      ok: false,
      code: 'AUTH_REQUIRED',
      level: 3,
      next: 'security_answer',
    });
  });

  it('hands over to a human when the next step is locked', () => {
    const locked = { ok: false, code: 'STEP_UP_LOCKED', level: 2, handoff: true };
    expect(authorize(state(1, { otp: true }), 2)).toEqual(locked);
    expect(authorize(state(1, { stepUp: true }), 2)).toEqual(locked);
    expect(authorize(state(2, { securityAnswer: true }), 3)).toMatchObject({
      code: 'STEP_UP_LOCKED',
    });
    expect(authorize(state(0, { identify: true }), 1)).toMatchObject({ code: 'STEP_UP_LOCKED' });
    // A lock on a later step does not block what the session may already do.
    expect(authorize(state(2, { securityAnswer: true, stepUp: true }), 2)).toEqual({ ok: true });
    // …nor a step that is not the next one.
    expect(authorize(state(1, { securityAnswer: true }), 2)).toMatchObject({
      code: 'AUTH_REQUIRED',
      next: 'otp',
    });
  });
});
