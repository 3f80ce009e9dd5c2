export { staffCan, staffPermissions } from './roles.js';
export type { StaffRole, StaffPermission } from './roles.js';
export { createStaff, loginStaff, passwordProblem, staffLoginLimits } from './staff-accounts.js';
export type { StaffAccount, StaffLoginResult } from './staff-accounts.js';
export { resolveStaffToken, logoutStaff } from './staff-sessions.js';
export type { StaffPrincipal } from './staff-sessions.js';
