/**
 * The one error type of ECQ Workbench. Every failure a user can cause carries a stable code from a closed
 * set, a message that names the offending field, and (for validators that find several problems at once)
 * the list of problems with their paths. The server maps codes to HTTP statuses with
 * {@link APP_ERROR_HTTP_STATUS}; the CLI maps them to exit codes.
 */
export const APP_ERROR_CODES = [
  'BAD_REQUEST',
  'VALIDATION_FAILED',
  'INVALID_DATE',
  'UNKNOWN_MODEL',
  'UNKNOWN_CROSSWALK',
  'UNKNOWN_PROCESS',
  'NO_GOVERNING_POLICY',
  'INVALID_CASE_PACKAGE',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'INTERNAL',
] as const;

export type TAppErrorCode = (typeof APP_ERROR_CODES)[number];

/** HTTP status for each code: the single table the API uses. */
export const APP_ERROR_HTTP_STATUS: Readonly<Record<TAppErrorCode, number>> = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  INVALID_DATE: 400,
  UNKNOWN_MODEL: 404,
  UNKNOWN_CROSSWALK: 404,
  UNKNOWN_PROCESS: 400,
  NO_GOVERNING_POLICY: 422,
  INVALID_CASE_PACKAGE: 422,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** One problem found by a validator, located by a JSON path such as `$.CFItems[3].identifier`. */
export interface TProblem {
  readonly path: string;
  readonly message: string;
}

export interface AppErrorOptions {
  readonly field?: string;
  readonly problems?: readonly TProblem[];
  readonly cause?: unknown;
}

export class AppError extends Error {
  override readonly name = 'AppError';
  readonly code: TAppErrorCode;
  readonly field: string | undefined;
  readonly problems: readonly TProblem[];

  constructor(code: TAppErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.problems = options.problems ?? [];
  }

  /** The wire shape: `{ code, message, field?, problems? }`. */
  toJSON(): { code: TAppErrorCode; message: string; field?: string; problems?: readonly TProblem[] } {
    return {
      code: this.code,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.problems.length === 0 ? {} : { problems: this.problems }),
    };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
