import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../errors/index.js';
import { resolveStaffToken, staffCan } from '../../security/index.js';
import type { SecurityContext, StaffPermission, StaffPrincipal } from '../../security/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    staff?: StaffPrincipal;
  }
}

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1]! : null;
}

/** A preHandler: a live staff session (or the bootstrap token) whose role has `permission`. */
export function requireStaff(
  security: SecurityContext,
  bootstrapToken: string | undefined,
  permission?: StaffPermission,
) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const token = bearerToken(request);
    if (!token) throw new AppError('UNAUTHORIZED', 'a staff bearer token is required');
    const principal = await resolveStaffToken(security, token, bootstrapToken);
    if (permission && !staffCan(principal.role, permission)) {
      throw new AppError('FORBIDDEN', `the ${principal.role} role may not do this`);
    }
    request.staff = principal;
  };
}
