import { AppError, type TAppErrorCode } from '@ecq/core';

/** The field every import error names: the uploaded file. */
export const FILE_FIELD = 'file';

/** An import failure the user caused, as `file: <detail>` naming the field `file`. */
export function fileError(code: TAppErrorCode, detail: string, cause?: unknown): AppError {
  return new AppError(code, `${FILE_FIELD}: ${detail}`, cause === undefined ? { field: FILE_FIELD } : { field: FILE_FIELD, cause });
}

/** A name from inside a file, quoted and cut short for an error message (it may hold anything). */
export function quoteName(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return JSON.stringify(clean.length > 80 ? `${clean.slice(0, 77)}...` : clean);
}
