import type { TAppErrorCode } from '@ecq/core';

/**
 * The exit codes of `ecq`. Every `AppError` code maps to one of them through {@link APP_ERROR_EXIT_CODE}, the
 * CLI's counterpart of the API's `APP_ERROR_HTTP_STATUS` (STYLE.md, "Errors"); `ecq --help` prints this
 * table, generated from the same data, so the documentation cannot drift.
 */
export const EXIT_CODES = {
  OK: 0,
  INTERNAL: 1,
  USAGE: 2,
  NOT_FOUND: 3,
  INVALID_INPUT: 4,
  REFUSED: 5,
  UNAVAILABLE: 6,
  /** Not an error: `ecq check` ran and the narrative has findings of severity error (POLICY.md §3). */
  NARRATIVE_NOT_READY: 7,
} as const;

export type TExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/** What each exit code means, as `ecq --help` shows it. */
export const EXIT_CODE_MEANINGS: Readonly<Record<TExitCode, string>> = {
  0: 'success',
  1: 'internal error (a bug: please report it; ECQ_DEBUG=1 shows the stack)',
  2: 'usage or validation error: unknown command or option, missing argument, bad value',
  3: 'not found: no such model, crosswalk, file or governing policy',
  4: 'invalid input file: not a valid CASE package, too large',
  5: 'refused: permission denied or conflict',
  6: 'temporarily unavailable or rate limited: try again later',
  7: 'ecq check: the narrative was read and has errors to fix (not ready); warnings alone exit 0',
};

/** The one table mapping error codes to exit codes. */
export const APP_ERROR_EXIT_CODE: Readonly<Record<TAppErrorCode, TExitCode>> = {
  BAD_REQUEST: EXIT_CODES.USAGE,
  VALIDATION_FAILED: EXIT_CODES.USAGE,
  INVALID_DATE: EXIT_CODES.USAGE,
  UNKNOWN_PROCESS: EXIT_CODES.USAGE,
  UNKNOWN_MODEL: EXIT_CODES.NOT_FOUND,
  UNKNOWN_CROSSWALK: EXIT_CODES.NOT_FOUND,
  NO_GOVERNING_POLICY: EXIT_CODES.NOT_FOUND,
  NOT_FOUND: EXIT_CODES.NOT_FOUND,
  INVALID_CASE_PACKAGE: EXIT_CODES.INVALID_INPUT,
  PAYLOAD_TOO_LARGE: EXIT_CODES.INVALID_INPUT,
  UNSUPPORTED_MEDIA_TYPE: EXIT_CODES.INVALID_INPUT,
  CONFLICT: EXIT_CODES.REFUSED,
  UNAUTHENTICATED: EXIT_CODES.REFUSED,
  FORBIDDEN: EXIT_CODES.REFUSED,
  RATE_LIMITED: EXIT_CODES.UNAVAILABLE,
  UNAVAILABLE: EXIT_CODES.UNAVAILABLE,
  INTERNAL: EXIT_CODES.INTERNAL,
};

/** The exit-code section of `ecq --help`: each code, its meaning and the error codes that lead to it. */
export function describeExitCodes(): string {
  const lines = Object.entries(EXIT_CODE_MEANINGS).map(([exitCode, meaning]) => {
    const codes = Object.entries(APP_ERROR_EXIT_CODE)
      .filter(([, mapped]) => String(mapped) === exitCode)
      .map(([code]) => code);
    return codes.length > 0 ? `  ${exitCode}  ${meaning}\n     (${codes.join(', ')})` : `  ${exitCode}  ${meaning}`;
  });
  return ['Exit codes:', ...lines].join('\n');
}
