import { isApiError } from '../../api/api-client';
import { describeApiError, problemsOf } from '../../api/describe-api-error';
import type { TSummaryError } from '../../components/error-summary';

/** A form's errors: one message per field it shows (by the API's name for it, or the form's own), and the rest. */
export interface TFormErrors<F extends string> {
  readonly fields: Partial<Record<F, string>>;
  readonly general: readonly string[];
}

/** Said when a write fails without an answer from the API (the network, or a fault in the page). */
const NOT_SENT = 'The request could not be sent. Try again.';

/** Whether a form's errors hold anything. */
export function hasErrors<F extends string>(errors: TFormErrors<F>): boolean {
  return errors.general.length > 0 || Object.values(errors.fields).some((message) => message !== undefined);
}

/**
 * A failed write as a form shows it: each of the API's problems on the form's field it concerns (a list of the
 * form's fields named as the API names them, or `fieldOf` mapping the API's name to the form's), several on
 * one field said one after the other; the others, and a failure that names no field, above the form. A
 * failure that is not the API's answer says `fallback`.
 */
export function formErrorsOf<F extends string>(
  error: unknown,
  fieldOf: readonly F[] | ((apiField: string) => F | undefined),
  fallback: string = NOT_SENT,
): TFormErrors<F> {
  if (!isApiError(error)) return { fields: {}, general: [fallback] };
  const toField = typeof fieldOf === 'function' ? fieldOf : (apiField: string) => fieldOf.find((field) => field === apiField);
  const fields: Partial<Record<F, string>> = {};
  const general: string[] = [];
  for (const problem of problemsOf(error)) {
    const field = problem.field === '' ? undefined : toField(problem.field);
    if (field === undefined) general.push(problem.message);
    else fields[field] = fields[field] === undefined ? problem.message : `${fields[field]} ${problem.message}`;
  }
  if (Object.keys(fields).length === 0 && general.length === 0) general.push(describeApiError(error));
  return { fields, general };
}

/** A schema's complaint (a zod issue): where, and what. */
export interface TSchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * A form's own check as its errors: each of the schema's complaints on the form's field its path names, worded
 * for a person by `messages` (whatever the schema said), the first per field; one about no field of the form
 * as the schema said it, above the form.
 */
export function schemaErrorsOf<F extends string, V>(
  issues: readonly TSchemaIssue[],
  form: { readonly fields: readonly F[]; readonly messages: Readonly<Record<F, (values: V) => string>>; readonly values: V },
): TFormErrors<F> {
  const fields: Partial<Record<F, string>> = {};
  const general: string[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    const field = form.fields.find((candidate) => candidate === path);
    if (field === undefined) general.push(`${path}: ${issue.message}`);
    else fields[field] ??= form.messages[field](form.values);
  }
  return { fields, general };
}

/** An input's id for a field: the form's prefix and the field with its dots made dashes (`edit-certification-certifiedOn`). */
export function inputIdOf(prefix: string, field: string): string {
  return `${prefix}-${field.replace(/\./g, '-')}`;
}

/**
 * The error summary's entries: the fields' errors in the form's order, each linking to its input (the field's
 * own name unless `inputIdOf` says otherwise), then the rest.
 */
export function summaryOf<F extends string>(errors: TFormErrors<F>, order: readonly F[], inputIdOf: (field: F) => string = (field) => field): TSummaryError[] {
  return [
    ...order.flatMap((field) => {
      const message = errors.fields[field];
      return message === undefined ? [] : [{ message, inputId: inputIdOf(field) }];
    }),
    ...errors.general.map((message) => ({ message })),
  ];
}
