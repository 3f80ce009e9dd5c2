export { AppError, isAppError, httpStatusFor } from './app-error.js';
