export { explainDescriptor } from './explain-descriptor.js';
export type { DescriptorExplanation } from './explain-descriptor.js';
export { merchantMatchScore } from './match-score.js';
export type { MerchantCandidate } from './match-score.js';
export { cleanMerchantName } from './clean-name.js';
