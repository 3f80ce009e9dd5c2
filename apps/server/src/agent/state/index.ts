export { dialogueStateSchema, emptyState, readState, taskSchema } from './dialogue-state.js';
export type { DialogueState, Task } from './dialogue-state.js';
export {
  claimTurn,
  claimTurnWithToken,
  finishTurn,
  findConversation,
  insertConversation,
  readTranscript,
  releaseTurn,
  turnLeaseMs,
} from './conversation-store.js';
export type { ConversationRow, ConversationStatus, TranscriptLine } from './conversation-store.js';
