import { z } from 'zod';

export const staffRoleSchema = z.enum(['agent', 'supervisor', 'auditor']);

export const staffLoginRequestSchema = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const staffAccountSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: staffRoleSchema,
});

export const staffLoginResponseSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  staff: staffAccountSchema,
});

export const staffMeSchema = z.object({
  id: z.string(),
  role: staffRoleSchema,
  via: z.enum(['session', 'bootstrap']),
});

export const createStaffRequestSchema = z.object({
  username: z.string().min(3).max(64),
  displayName: z.string().min(1).max(120),
  role: staffRoleSchema,
  password: z.string().min(1).max(256),
});

export type StaffRole = z.infer<typeof staffRoleSchema>;
export type StaffLoginRequest = z.infer<typeof staffLoginRequestSchema>;
export type StaffLoginResponse = z.infer<typeof staffLoginResponseSchema>;
export type StaffAccount = z.infer<typeof staffAccountSchema>;
