import { z } from 'zod';

/** The sandbox phone's inbox: what would have been texted to a number. Sandbox mode only. */
export const sandboxSmsQuerySchema = z.object({
  to: z.string().min(7).max(32),
});

export const sandboxSmsResponseSchema = z.object({
  messages: z.array(
    z.object({
      id: z.string(),
      to: z.string(),
      body: z.string(),
      purpose: z.string(),
      sentAt: z.string(),
    }),
  ),
});

export type SandboxSmsResponse = z.infer<typeof sandboxSmsResponseSchema>;
