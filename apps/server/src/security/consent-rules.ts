/**
 * Call-recording consent by jurisdiction (RULES.md §9.1). Federal law and most states need one
 * party's consent; these need everyone's. Connecticut (civil, for phone calls) and Michigan (the
 * statute's text) are listed too: where the rule is mixed we take the stricter reading. An
 * unknown or non-US jurisdiction is treated as all-party — recording waits for a yes.
 */
const allPartyStates = new Set([
  'US-CA',
  'US-CT',
  'US-DE',
  'US-FL',
  'US-IL',
  'US-MD',
  'US-MA',
  'US-MI',
  'US-MT',
  'US-NV',
  'US-NH',
  'US-PA',
  'US-WA',
]);

export type RecordingRule = 'all_party' | 'one_party';

export function recordingRuleFor(jurisdiction: string | null | undefined): RecordingRule {
  if (!jurisdiction || !jurisdiction.startsWith('US-')) return 'all_party';
  return allPartyStates.has(jurisdiction) ? 'all_party' : 'one_party';
}

/** Interstate calls follow the stricter state (RULES.md §9.1). */
export function stricterRule(...rules: RecordingRule[]): RecordingRule {
  return rules.includes('all_party') ? 'all_party' : 'one_party';
}

export const disclosureVersion = 'recording-disclosure-v1';
export const privacyNoticeVersion = 'privacy-notice-v1';

/** What the agent says first. Seed 000's wording, plus the question where consent is needed. */
export function disclosureText(
  channel: 'chat' | 'voice' | 'phone' | 'mcp',
  rule: RecordingRule,
): string {
  const what = channel === 'phone' || channel === 'voice' ? 'call' : 'conversation';
  const base = `This ${what} may be recorded for quality assurance and regulatory compliance.`;
  return rule === 'all_party'
    ? `${base} Do we have your permission to record it? If you say no, we will carry on without recording.`
    : base;
}
