import { and, eq } from 'drizzle-orm';
import { authSessions, consents, newId } from '../db/index.js';
import type { Tx } from '../db/index.js';
import { appendAudit } from './audit/index.js';
import {
  disclosureText,
  disclosureVersion,
  privacyNoticeVersion,
  recordingRuleFor,
  stricterRule,
} from './consent-rules.js';
import type { RecordingRule } from './consent-rules.js';
import type { RequestOrigin, SecurityContext } from './context.js';
import { lockLiveSession } from './session-store.js';
import type { Session } from './session-store.js';

export type ConsentMethod = 'spoken' | 'typed' | 'keypad' | 'button';

/**
 * At the start of every conversation: the recording disclosure is given and recorded with the
 * caller's jurisdiction, and the privacy notice with it. Where one party's consent is enough,
 * carrying on after the disclosure is that consent and recording starts; elsewhere it waits.
 */
export async function recordOpeningConsents(
  tx: Tx,
  ctx: SecurityContext,
  session: Session,
  now: Date,
): Promise<{
  session: Session;
  disclosure: { disclosure: string; recordingConsentNeeded: boolean };
}> {
  const rule = recordingRuleFor(session.jurisdiction);
  const jurisdiction = session.jurisdiction ?? 'unknown';
  await tx.insert(consents).values([
    {
      id: newId('consent'),
      sessionId: session.id,
      kind: 'recording_disclosure',
      jurisdiction,
      granted: true,
      method: 'disclosed',
      disclosureVersion,
      createdAt: now,
    },
    {
      id: newId('consent'),
      sessionId: session.id,
      kind: 'data_processing',
      jurisdiction,
      granted: true,
      method: 'privacy_notice',
      disclosureVersion: privacyNoticeVersion,
      createdAt: now,
    },
  ]);
  const [updated] = await tx
    .update(authSessions)
    .set({ recordingState: rule === 'one_party' ? 'recording' : 'awaiting_consent' })
    .where(eq(authSessions.id, session.id))
    .returning();
  await appendAudit(
    tx,
    {
      action: 'CONSENT_RECORDED',
      result: 'success',
      actor: 'system',
      sessionId: session.id,
      authLevel: 0,
      jurisdiction,
      complianceFlags: ['recording_disclosure', 'privacy_notice', rule],
      metadata: { recording_state: updated!.recordingState },
    },
    now,
  );
  return {
    session: updated!,
    disclosure: {
      disclosure: disclosureText(session.channel, rule),
      recordingConsentNeeded: rule === 'all_party',
    },
  };
}

/** The caller's yes or no to recording. A no keeps the conversation going, unrecorded. */
export async function recordRecordingConsent(
  ctx: SecurityContext,
  sessionId: string,
  input: { granted: boolean; method: ConsentMethod } & RequestOrigin,
): Promise<{ recordingState: Session['recordingState'] }> {
  return ctx.db.transaction(async (tx) => {
    const session = await lockLiveSession(tx, ctx, sessionId);
    const now = ctx.now();
    await tx.insert(consents).values({
      id: newId('consent'),
      sessionId,
      customerId: session.customerId,
      kind: 'recording_consent',
      jurisdiction: session.jurisdiction ?? 'unknown',
      granted: input.granted,
      method: input.method,
      disclosureVersion,
      createdAt: now,
    });
    const recordingState = input.granted ? 'recording' : 'not_recording';
    await tx.update(authSessions).set({ recordingState }).where(eq(authSessions.id, sessionId));
    await appendAudit(
      tx,
      {
        action: 'CONSENT_RECORDED',
        result: 'success',
        actor: 'customer',
        customerId: session.customerId,
        sessionId,
        authLevel: session.level,
        ipAddress: input.ipAddress ?? null,
        jurisdiction: session.jurisdiction ?? 'unknown',
        complianceFlags: ['recording_consent', input.granted ? 'granted' : 'declined'],
        metadata: { method: input.method },
      },
      now,
    );
    return { recordingState };
  });
}

/** Data-processing consent given or withdrawn explicitly during the session. */
export async function recordDataProcessingConsent(
  ctx: SecurityContext,
  sessionId: string,
  input: { granted: boolean; method: ConsentMethod } & RequestOrigin,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const session = await lockLiveSession(tx, ctx, sessionId);
    const now = ctx.now();
    await tx.insert(consents).values({
      id: newId('consent'),
      sessionId,
      customerId: session.customerId,
      kind: 'data_processing',
      jurisdiction: session.jurisdiction ?? 'unknown',
      granted: input.granted,
      method: input.method,
      disclosureVersion: privacyNoticeVersion,
      createdAt: now,
    });
    await appendAudit(
      tx,
      {
        action: 'CONSENT_RECORDED',
        result: 'success',
        actor: 'customer',
        customerId: session.customerId,
        sessionId,
        authLevel: session.level,
        ipAddress: input.ipAddress ?? null,
        jurisdiction: session.jurisdiction ?? 'unknown',
        complianceFlags: ['data_processing', input.granted ? 'granted' : 'withdrawn'],
        metadata: { method: input.method },
      },
      now,
    );
  });
}

/**
 * Once the customer is known, the stricter of their home state and the caller's location
 * applies. If that needs everyone's consent and the caller has not said yes in this session,
 * recording pauses until they do.
 */
export async function applyCustomerJurisdiction(
  tx: Tx,
  session: Session,
  customerJurisdiction: string,
): Promise<{ session: Session; recordingConsentNeeded: boolean; rule: RecordingRule }> {
  const rule = stricterRule(
    recordingRuleFor(session.jurisdiction),
    recordingRuleFor(customerJurisdiction),
  );
  if (rule === 'one_party' || session.recordingState !== 'recording') {
    return { session, recordingConsentNeeded: session.recordingState === 'awaiting_consent', rule };
  }
  const [explicit] = await tx
    .select({ id: consents.id })
    .from(consents)
    .where(
      and(
        eq(consents.sessionId, session.id),
        eq(consents.kind, 'recording_consent'),
        eq(consents.granted, true),
      ),
    );
  if (explicit) return { session, recordingConsentNeeded: false, rule };
  const [paused] = await tx
    .update(authSessions)
    .set({ recordingState: 'awaiting_consent' })
    .where(eq(authSessions.id, session.id))
    .returning();
  return { session: paused!, recordingConsentNeeded: true, rule };
}
