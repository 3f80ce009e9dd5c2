export { scoreFraud } from './score.js';
export type {
  FraudScoreInput,
  FraudScore,
  FraudScoreRefusal,
  FraudLevel,
  FraudRecommendation,
} from './score.js';
export { fraudReasonNames } from './factors.js';
export type { FraudReason, FraudReasonName } from './factors.js';
export { fraudWeights } from './weights.js';
export { merchantCategoryRisk, merchantCategoryTable } from './merchant-category-risk.js';
export type { MerchantCategoryRisk, MerchantCategoryTier } from './merchant-category-risk.js';
