import type { ErrorBody, ErrorCode } from '@bankdesk/contracts';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { httpStatusFor, isAppError } from '../../errors/index.js';

const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'INVALID_INPUT',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
};

export function errorBody(code: ErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}

/**
 * Every failure leaves as `{error: {code, message}}` with a stable code. Unexpected errors are
 * logged in full and answered with a reference to the log line, never with their own text.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isAppError(error)) {
      if (error.httpStatus >= 500) request.log.error({ err: error }, 'request failed');
      return reply.status(error.httpStatus).send(errorBody(error.code, error.message));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation
        .map((v) => `${v.instancePath || '/'} ${v.message ?? 'is invalid'}`)
        .join('; ');
      return reply
        .status(400)
        .send(
          errorBody('INVALID_INPUT', `invalid ${error.validationContext ?? 'request'}: ${issues}`),
        );
    }
    if (error.validation) {
      return reply.status(400).send(errorBody('INVALID_INPUT', error.message));
    }
    const mapped = error.code ? fastifyCodes[error.code] : undefined;
    if (mapped) return reply.status(httpStatusFor(mapped)).send(errorBody(mapped, error.message));
    if (error.statusCode === 429) {
      return reply.status(429).send(errorBody('RATE_LIMITED', 'too many requests; slow down'));
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(errorBody('INVALID_INPUT', error.message));
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply
      .status(500)
      .send(errorBody('INTERNAL', `something went wrong on our side (reference ${request.id})`));
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .status(404)
      .send(
        errorBody('ROUTE_NOT_FOUND', `no route for ${request.method} ${request.url.split('?')[0]}`),
      );
  });
}
