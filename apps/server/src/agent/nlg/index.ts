export { renderToolResult, hasToolTemplate, variantFor } from './render-tool-result.js';
export { toSpeech } from './to-speech.js';
export { formatMoney } from './format-money.js';
export { formatDate } from './format-date.js';
export type { ChargeFacts, Rendered, RenderContext, Variant } from './types.js';
