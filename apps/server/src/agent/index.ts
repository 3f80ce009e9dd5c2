export type { AgentServices, BrainKind } from './agent-services.js';
export { runTurn } from './pipeline/run-turn.js';
export type { TurnInput } from './pipeline/run-turn.js';
export { startConversation } from './pipeline/start-conversation.js';
export { viewConversation } from './pipeline/view-conversation.js';
export { intents, isIntent, capabilityOf } from './nlu/intents.js';
export type { Intent } from './nlu/intents.js';
