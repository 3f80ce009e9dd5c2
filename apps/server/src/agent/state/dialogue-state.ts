import { z } from 'zod';
import { awaitingSchema } from '@bankdesk/contracts';

/**
 * What the agent remembers between turns. It is stored as JSON on the conversation row, so it
 * holds no secret: one-time codes and security answers go straight to the verifier and are never
 * kept; the phone number and date of birth given for identification are kept only until the
 * identification attempt, then dropped.
 */
const slotValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

export const taskSchema = z.object({
  /** The flow's intent (see agent/dialogue/flows). */
  intent: z.string(),
  slots: z.record(z.string(), slotValue),
  /** The slot asked for last, when the task is waiting for one. */
  asking: z.string().optional(),
  /** How many times that slot was asked without an answer we could use. */
  asked: z.number().int().default(0),
  /** One key per task: a retried turn cannot move money twice. */
  idempotencyKey: z.string().optional(),
  /** The customer has been asked to confirm and said nothing else yet. */
  confirming: z.boolean().default(false),
  /** Set once the task's preparatory step (e.g. the protective freeze) has run. */
  prepared: z.boolean().default(false),
  /** The secure card capture this task waits on. */
  captureId: z.string().optional(),
});

export type Task = z.infer<typeof taskSchema>;

export const dialogueStateSchema = z.object({
  awaiting: awaitingSchema.optional(),
  /** The active request. */
  task: taskSchema.optional(),
  /** Requests put aside for a digression, most recent last. */
  suspended: z.array(taskSchema).default([]),
  /** Identification in progress: the phone the caller gave, until the second factor arrives. */
  identifying: z.object({ phone: z.string(), tries: z.number().int().default(0) }).optional(),
  /** Step-up in progress towards this level. */
  stepUp: z.number().int().min(2).max(3).optional(),
  /** Turns in a row the agent did not understand. */
  misunderstood: z.number().int().default(0),
  /** Consent to record, once asked. */
  consentAsked: z.boolean().default(false),
  /** The last dispute this conversation filed or talked about (for "add that …"). */
  lastDisputeId: z.string().optional(),
  /** A pending LLM tool call waiting for the customer's confirmation. */
  pendingCall: z
    .object({
      tool: z.string(),
      input: z.unknown(),
      idempotencyKey: z.string(),
      summary: z.string(),
    })
    .optional(),
});

export type DialogueState = z.infer<typeof dialogueStateSchema>;

export function emptyState(): DialogueState {
  return dialogueStateSchema.parse({});
}

/** A stored state that no longer parses (an older shape) starts afresh instead of failing turns. */
export function readState(raw: unknown): DialogueState {
  const parsed = dialogueStateSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : emptyState();
}
