export { createLogger, safeErrorSerializer } from './logger.js';
export type { Logger, LoggerOptions } from './logger.js';
export { redactPaths, redactQueryString, secretFieldNames } from './redaction.js';
