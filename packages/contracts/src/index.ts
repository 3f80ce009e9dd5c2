export { errorCodes, errorCodeSchema, errorBodySchema } from './errors.js';
export type { ErrorCode, ErrorBody } from './errors.js';
export { healthSchema, readinessSchema } from './health.js';
export type { Health, Readiness } from './health.js';
export {
  staffRoleSchema,
  staffLoginRequestSchema,
  staffLoginResponseSchema,
  staffAccountSchema,
  staffMeSchema,
  createStaffRequestSchema,
} from './staff.js';
export type { StaffRole, StaffLoginRequest, StaffLoginResponse, StaffAccount } from './staff.js';
export { sandboxSmsQuerySchema, sandboxSmsResponseSchema } from './sandbox.js';
export type { SandboxSmsResponse } from './sandbox.js';
export {
  conversationChannelSchema,
  awaitingSchema,
  replyActionSchema,
  replySchema,
  createConversationSchema,
  conversationCreatedSchema,
  messageRequestSchema,
  transcriptEntrySchema,
  conversationViewSchema,
} from './chat.js';
export type {
  Awaiting,
  Reply,
  ReplyAction,
  CreateConversation,
  MessageRequest,
  ConversationView,
} from './chat.js';
export * from './ops.js';
