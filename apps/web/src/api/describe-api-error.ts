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

/** One message per field: from the error's problems when it has them, else from its field. */
export function fieldErrorsOf(error: ApiError): ReadonlyMap<string, string> {
  const errors = new Map<string, string>();
  for (const problem of error.problems) {
    if (!errors.has(problem.path)) errors.set(problem.path, sentence(withoutFieldPrefix(problem.message, problem.path)));
  }
  if (errors.size === 0 && error.field !== undefined) errors.set(error.field, sentence(withoutFieldPrefix(error.message, error.field)));
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
