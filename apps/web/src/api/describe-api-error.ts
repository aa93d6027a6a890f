import type { ApiError } from './api-client';

function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return trimmed;
  const capitalized = trimmed[0]!.toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalized) ? capitalized : `${capitalized}.`;
}

/**
 * The API's messages start with the field they concern (`email: too many failed sign-ins…`). Next to the
 * field itself that prefix is noise, so it is dropped there.
 */
function withoutFieldPrefix(message: string, field: string): string {
  const prefix = `${field}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

/** A problem's path as a field name: request validation says `memberIds`, the domain's rules `$.memberIds`. */
export function fieldOfPath(path: string): string {
  return path.replace(/^\$\.?/, '');
}

/** A problem of a refused request: the field it names (`''` for the request as a whole) and what is wrong, as a sentence. */
export interface TFieldProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * Every problem of an error, in the API's order, each on its field and worded for that field: from the
 * error's problems when it has them (several may name one field: a board refused for its size and its
 * agencies), else from its field; none when it names no field at all.
 */
export function problemsOf(error: ApiError): readonly TFieldProblem[] {
  const problems = error.problems.map((problem) => {
    const field = fieldOfPath(problem.path);
    return { field, message: sentence(withoutFieldPrefix(problem.message, field)) };
  });
  if (problems.length > 0 || error.field === undefined) return problems;
  return [{ field: error.field, message: sentence(withoutFieldPrefix(error.message, error.field)) }];
}

/** One message per field: from the error's problems when it has them, else from its field. */
export function fieldErrorsOf(error: ApiError): ReadonlyMap<string, string> {
  const errors = new Map<string, string>();
  for (const { field, message } of problemsOf(error)) {
    if (!errors.has(field)) errors.set(field, message);
  }
  return errors;
}

/** A message for a person: the API's own words as a sentence, with the generic failures said plainly. */
export function describeApiError(error: ApiError): string {
  switch (error.code) {
    case 'NETWORK':
    case 'BAD_RESPONSE':
      return error.message;
    case 'INTERNAL':
      return 'Something went wrong on the server. Try again; if it keeps happening, give the reference below to your help desk.';
    case 'UNAVAILABLE':
      return 'ECQ Workbench is not available right now. Try again in a few minutes.';
    default:
      return sentence(error.field === undefined ? error.message : withoutFieldPrefix(error.message, error.field));
  }
}
