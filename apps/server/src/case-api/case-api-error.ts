import type { TCaseVersion } from '@ecq/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { REPLY_SENT } from '../http/route';
import type { TImsxStatusInfo } from './case-response-schemas';

/** The failures the CASE REST binding names (its `imsx_codeMinorFieldValue` vocabulary), spelled per version below. */
export type TCaseFailure = 'unknownobject' | 'invalid_uuid' | 'invalid_sort_field' | 'invalid_selection_field' | 'internal_server_error';

const HTTP_STATUS_OF: Readonly<Record<TCaseFailure, number>> = {
  unknownobject: 404,
  invalid_uuid: 404,
  invalid_sort_field: 400,
  invalid_selection_field: 400,
  internal_server_error: 500,
};

/**
 * A failure of a CASE request, answered with the binding's `imsx_StatusInfo` body instead of the JSON API's
 * error model. `field` becomes `imsx_codeMinorFieldName`: `sourcedId` or the query parameter at fault.
 */
export class CaseApiError extends Error {
  override readonly name = 'CaseApiError';
  readonly failure: TCaseFailure;
  readonly field: string;

  constructor(failure: TCaseFailure, field: string, message: string) {
    super(message);
    this.failure = failure;
    this.field = field;
  }
}

/** The `imsx_StatusInfo` body of a failure; CASE 1.1 renamed 1.0's `invaliduuid` to `invalid_uuid`. */
export function imsxStatusInfoOf(error: CaseApiError, version: TCaseVersion): TImsxStatusInfo {
  const value = error.failure === 'invalid_uuid' && version === '1.0' ? 'invaliduuid' : error.failure;
  return {
    imsx_codeMajor: 'failure',
    imsx_severity: 'error',
    imsx_description: error.message,
    imsx_codeMinor: { imsx_codeMinorField: [{ imsx_codeMinorFieldName: error.field, imsx_codeMinorFieldValue: value }] },
  };
}

/**
 * Runs a CASE handler and turns any failure into an `imsx_StatusInfo` reply with the binding's HTTP status;
 * an unexpected error is logged and answered as `internal_server_error`.
 */
export async function answerCaseFailures<T>(
  context: { readonly version: TCaseVersion; readonly request: FastifyRequest; readonly reply: FastifyReply },
  run: () => Promise<T>,
): Promise<T | typeof REPLY_SENT> {
  try {
    return await run();
  } catch (error) {
    const failure =
      error instanceof CaseApiError ? error : new CaseApiError('internal_server_error', 'server', 'internal error; the request id in the logs identifies it');
    if (!(error instanceof CaseApiError)) context.request.log.error({ err: error }, 'CASE request failed');
    void context.reply
      .status(HTTP_STATUS_OF[failure.failure])
      .type('application/json')
      .send(JSON.stringify(imsxStatusInfoOf(failure, context.version)));
    return REPLY_SENT;
  }
}
