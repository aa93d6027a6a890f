import { APP_ERROR_HTTP_STATUS, AppError, isAppError } from '@ecq/core';
import type { FastifyError, FastifyInstance } from 'fastify';

/** Fastify's own request errors, mapped onto the closed AppError codes. */
function fromFastifyError(error: FastifyError): AppError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', 'body: request body is larger than this endpoint accepts', { field: 'body' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', 'body: send application/json', { field: 'body' });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('BAD_REQUEST', 'body: a JSON body is required', { field: 'body' });
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('BAD_REQUEST', `body: not valid JSON (${error.message})`, { field: 'body' });
    default:
      break;
  }
  if (error instanceof SyntaxError) return new AppError('BAD_REQUEST', `body: not valid JSON (${error.message})`, { field: 'body' });
  if (error.statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE', 'body: request body is too large', { field: 'body' });
  if (error.statusCode === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE', 'body: unsupported content type', { field: 'body' });
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError('BAD_REQUEST', error.message);
  }
  return undefined;
}

/** Turns any thrown value into an AppError; anything unexpected becomes INTERNAL, its details only logged. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (error instanceof Error) {
    const mapped = fromFastifyError(error as FastifyError);
    if (mapped) return mapped;
  }
  return new AppError('INTERNAL', 'internal error; the request id in the logs identifies it', { cause: error });
}

/** One error body for the JSON API: `{ code, message, field?, problems? }` with the table's HTTP status. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    const status = APP_ERROR_HTTP_STATUS[appError.code];
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    void reply.status(status).send({ ...appError.toJSON(), requestId: request.id });
  });
  app.setNotFoundHandler((request, reply) => {
    void reply
      .status(404)
      .send({ code: 'NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0]}`, requestId: request.id });
  });
}
