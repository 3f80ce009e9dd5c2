import { z } from 'zod';

/** Chat API v1: the contract the web widget, the scenario runner and outside tests use. */
export const conversationChannelSchema = z.enum(['chat', 'voice', 'phone']);

export const awaitingSchema = z.enum([
  'consent',
  'phone',
  'dob',
  'zip',
  'otp',
  'security_answer',
  'confirmation',
  'card',
  'slot',
]);

export const replyActionSchema = z.object({
  tool: z.string(),
  ok: z.boolean(),
  code: z.string().optional(),
});

export const replySchema = z.object({
  text: z.string(),
  /** The same reply for a voice: no markdown, amounts and last fours as they are spoken. */
  speech: z.string(),
  authLevel: z.number().int().min(0).max(3),
  status: z.enum(['active', 'handed_off', 'ended']),
  awaiting: awaitingSchema.optional(),
  /** Which slot, when `awaiting` is `slot`. */
  slot: z.string().optional(),
  actions: z.array(replyActionSchema),
  blocked: z.literal('pci').optional(),
  /** Where the customer enters a card, when `awaiting` is `card`. */
  capture: z.object({ captureId: z.string(), url: z.string() }).optional(),
  handoffId: z.string().optional(),
});

export const createConversationSchema = z.strictObject({
  channel: conversationChannelSchema.optional(),
  /** Trusted only from a telephony adapter; ignored on the public API. */
  callerId: z.string().max(32).optional(),
  jurisdiction: z
    .string()
    .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/)
    .optional(),
  locale: z.string().max(16).optional(),
});

export const conversationCreatedSchema = z.object({
  conversationId: z.string(),
  token: z.string(),
  reply: replySchema,
});

export const messageRequestSchema = z.union([
  z.strictObject({ text: z.string().min(1).max(4_000) }),
  z.strictObject({ dtmf: z.string().regex(/^[0-9*#]{1,40}$/) }),
]);

export const transcriptEntrySchema = z.object({
  role: z.enum(['customer', 'agent']),
  text: z.string(),
  at: z.string(),
});

export const conversationViewSchema = z.object({
  conversationId: z.string(),
  status: z.enum(['active', 'handed_off', 'ended']),
  authLevel: z.number().int().min(0).max(3),
  channel: z.string(),
  awaiting: awaitingSchema.optional(),
  pending: z.string().optional(),
  transcript: z.array(transcriptEntrySchema),
});

export type Awaiting = z.infer<typeof awaitingSchema>;
export type Reply = z.infer<typeof replySchema>;
export type ReplyAction = z.infer<typeof replyActionSchema>;
export type CreateConversation = z.infer<typeof createConversationSchema>;
export type MessageRequest = z.infer<typeof messageRequestSchema>;
export type ConversationView = z.infer<typeof conversationViewSchema>;
