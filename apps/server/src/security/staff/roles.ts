export type StaffRole = 'agent' | 'supervisor' | 'auditor';

/** What each role may do. Checked by the ops routes; the bootstrap token acts as a supervisor. */
export const staffPermissions = {
  'customers:read': ['agent', 'supervisor', 'auditor'],
  'conversations:read': ['agent', 'supervisor', 'auditor'],
  'handoffs:work': ['agent', 'supervisor'],
  'locks:clear': ['supervisor'],
  'staff:manage': ['supervisor'],
  'audit:read': ['supervisor', 'auditor'],
  'metrics:read': ['agent', 'supervisor', 'auditor'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type StaffPermission = keyof typeof staffPermissions;

export function staffCan(role: StaffRole, permission: StaffPermission): boolean {
  return (staffPermissions[permission] as readonly StaffRole[]).includes(role);
}
