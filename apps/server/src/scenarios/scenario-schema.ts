import { z } from 'zod';
import { awaitingSchema, conversationChannelSchema } from '@bankdesk/contracts';
import { auditResult, cardStatus, handoffReason, transferRail } from '../db/index.js';
import { disputeReasons } from '../domain/disputes/index.js';
import { toolCatalog } from '../tools/index.js';

const toolNames = new Set(toolCatalog.map((tool) => tool.name));

/**
 * A tool, or alternatives separated by `|` ("dispute_charge|file_dispute"): the brains may
 * reach the same outcome through different tools of the catalog, and a scenario judges the
 * outcome.
 */
const toolRef = z
  .string()
  .min(1)
  .superRefine((ref, ctx) => {
    const unknown = ref
      .split('|')
      .map((name) => name.trim())
      .filter((name) => !toolNames.has(name));
    if (unknown.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `names a tool that is not in the catalog: ${unknown.join(', ')}`,
      });
    }
  });

const cents = z.number().int();
const last4 = z.string().regex(/^\d{4}$/, 'must be four digits');
const isoDate = z.iso.date('must be a date as YYYY-MM-DD');

const cardSchema = z.strictObject({
  number: z.string().regex(/^\d{12,19}$/, 'must be 12 to 19 digits, no spaces'),
  /** MM/YY; when absent, December three years from now (always in the future). */
  expiry: z
    .string()
    .regex(/^(0[1-9]|1[0-2])\/\d{2}$/, 'must be MM/YY')
    .optional(),
  cvv: z.string().regex(/^\d{3,4}$/, 'must be 3 or 4 digits'),
});

const revealsSchema = z.strictObject({
  phone: z.boolean().default(true),
  dob: z.boolean().default(true),
  zip: z.boolean().default(true),
  securityAnswer: z.boolean().default(true),
  otp: z.boolean().default(true),
});

export const personaSchema = z.strictObject({
  /** The customer the persona is, as the ops API names them (CUST-10001). */
  customerId: z.string().regex(/^CUST-\d{5}$/, 'must look like CUST-10001'),
  /** As the customer says it, e.g. "+1-555-234-5678". */
  phone: z.string().regex(/^\+?[\d\s().-]{7,20}$/, 'must be a phone number'),
  dob: isoDate.optional(),
  zip: z
    .string()
    .regex(/^\d{5}$/, 'must be five digits')
    .optional(),
  securityAnswer: z.string().min(1).optional(),
  card: cardSchema.optional(),
  /** Which facts the persona will give when asked; everything by default. */
  reveals: revealsSchema.default(revealsSchema.parse({})),
  /** Says yes to the recording-consent question (all-party-consent jurisdictions). */
  consents: z.boolean().default(true),
  /** Says yes when asked to confirm; `false` makes the persona say no. */
  confirms: z.boolean().default(true),
  /** Answers for `awaiting: slot` by slot name, for flows whose questions come in any order. */
  slots: z.record(z.string(), z.string().min(1)).default({}),
});

/**
 * One thing the user says. A plain string is said when it is the user's turn; `when` holds the
 * line back until the agent awaits that (e.g. "No, make it $300" in place of the "yes" to a
 * confirmation).
 */
const turnSchema = z.union(
  [
    z.string().min(1),
    z.strictObject({ text: z.string().min(1), when: awaitingSchema.optional() }),
    z.strictObject({
      dtmf: z.string().regex(/^[0-9*#]{1,40}$/, 'must be keypad digits, * or #'),
      when: awaitingSchema.optional(),
    }),
  ],
  { error: 'must be a line of text, {text, when?} or {dtmf, when?}' },
);

const stateChecks = {
  /** A card of the customer's with these last four digits is in this status. */
  card: z.strictObject({ last4, status: z.enum(cardStatus.enumValues) }),
  /** A dispute of this amount exists (or, with `absent`, does not). */
  dispute: z.strictObject({
    amountCents: cents,
    reason: z.enum(disputeReasons).optional(),
    /** Part of the merchant name, case-insensitive. */
    merchant: z.string().min(1).optional(),
    status: z.string().min(1).optional(),
    /** At least this many pieces of evidence on it. */
    minEvidence: z.number().int().min(0).optional(),
    absent: z.literal(true).optional(),
  }),
  /** The account ending in these digits has exactly this available balance. */
  balance: z.strictObject({ last4, availableCents: cents }),
  /** An active stop payment on this check. */
  stopPayment: z.strictObject({ checkNumber: z.number().int().positive() }),
  /** A transfer of this amount on this rail exists (or, with `absent`, does not). */
  transfer: z.strictObject({
    amountCents: cents,
    rail: z.enum(transferRail.enumValues),
    absent: z.literal(true).optional(),
  }),
  /** The conversation was handed to a person for this reason. */
  handoff: z.strictObject({ reason: z.enum(handoffReason.enumValues) }),
  /** The audit trail holds a record of this action from the conversation (e.g. PCI_BLOCKED). */
  audit: z.strictObject({
    action: z.string().regex(/^[A-Z][A-Z_]{1,47}$/, 'must be an audit action such as PCI_BLOCKED'),
    result: z.enum(auditResult.enumValues).optional(),
  }),
};

export type StateCheckKind = keyof typeof stateChecks;
export const stateCheckKinds = Object.keys(stateChecks) as StateCheckKind[];

const stateCheckSchema = z
  .strictObject({
    card: stateChecks.card.optional(),
    dispute: stateChecks.dispute.optional(),
    balance: stateChecks.balance.optional(),
    stopPayment: stateChecks.stopPayment.optional(),
    transfer: stateChecks.transfer.optional(),
    handoff: stateChecks.handoff.optional(),
    audit: stateChecks.audit.optional(),
  })
  .refine((check) => Object.keys(check).length === 1, {
    message: `each state check names exactly one of: ${stateCheckKinds.join(', ')}`,
  });

const phrases = z.array(z.string().min(1)).default([]);

const expectSchema = z.strictObject({
  /** The agent must say each of these at some point. */
  communicate: phrases,
  /** The agent must never say any of these; `{otp}` stands for every one-time code sent. */
  never: phrases,
  state: z.array(stateCheckSchema).default([]),
  /** Tool → the lowest session level any successful call of it may have run at. */
  authLevelBefore: z.record(toolRef, z.number().int().min(0).max(3)).default({}),
  /** Tools that must have run successfully. */
  actions: z.array(toolRef).default([]),
  /** The reason the conversation was handed to a person. */
  handoff: z.enum(handoffReason.enumValues).optional(),
  /** The conversation's status at the end. */
  status: z.enum(['active', 'handed_off', 'ended']).optional(),
});

export const scenarioSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case, e.g. check-balance'),
  title: z.string().min(1),
  channel: conversationChannelSchema.default('chat'),
  jurisdiction: z
    .string()
    .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'must look like US-CO')
    .optional(),
  persona: personaSchema,
  turns: z.array(turnSchema).min(1),
  expect: expectSchema,
  /** Most user messages in one conversation, answers included. */
  maxTurns: z.number().int().min(1).max(100).default(16),
});

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Persona = z.infer<typeof personaSchema>;
export type PersonaCard = z.infer<typeof cardSchema>;
export type ScenarioExpect = z.infer<typeof expectSchema>;
export type StateCheck = z.infer<typeof stateCheckSchema>;

/** A turn with its shorthand expanded. */
export type Turn = { text: string; when?: Awaiting } | { dtmf: string; when?: Awaiting };
type Awaiting = z.infer<typeof awaitingSchema>;

export type Scenario = Omit<z.infer<typeof scenarioSchema>, 'turns'> & {
  turns: Turn[];
  /** Where it was read from, for messages. */
  file: string;
};

export function toScenario(parsed: z.infer<typeof scenarioSchema>, file: string): Scenario {
  return {
    ...parsed,
    turns: parsed.turns.map((turn) => (typeof turn === 'string' ? { text: turn } : turn)),
    file,
  };
}
