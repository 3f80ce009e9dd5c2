export { registerErrorHandling, errorBody } from './error-handler.js';
export { healthRoutes } from './health-routes.js';
export { staffRoutes } from './staff-routes.js';
export type { StaffRouteOptions } from './staff-routes.js';
export { opsRoutes } from './ops-routes.js';
export type { OpsRouteOptions } from './ops-routes.js';
export { sandboxRoutes } from './sandbox-routes.js';
export { requireStaff, bearerToken } from './staff-auth.js';
export { captureRoutes } from './capture-routes.js';
