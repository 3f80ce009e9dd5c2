export { pciWarning } from './warning.js';
export { guardInbound, pciBlockAudit, recordPciBlock } from './inbound-guard.js';
export type { InboundGuardResult, PciSource } from './inbound-guard.js';
export { scrubOutbound } from './outbound-guard.js';
export type { ScrubResult } from './outbound-guard.js';
export { pciGuardMiddleware } from './llm-guard.js';
export { countPciBlocks } from './block-counter.js';
