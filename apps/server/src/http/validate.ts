import { AppError, type TProblem } from '@ecq/core';
import type { z } from 'zod';

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
}

/**
 * Parses a request part with its zod schema. Every problem is reported with its field; the message names
 * the first (e.g. `email: Invalid email address`, `unknown field "role"`).
 * @throws AppError `VALIDATION_FAILED` with `field` and `problems`.
 */
export function parseRequestPart<T extends z.ZodType>(schema: T, value: unknown, part: 'body' | 'query' | 'params'): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems: TProblem[] = result.error.issues.flatMap((issue): TProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = pathOf([...issue.path, key]);
        return { path, message: `unknown field "${path}"` };
      });
    }
    const path = pathOf(issue.path);
    return [{ path: path || part, message: `${path || part}: ${issue.message}` }];
  });
  const first = problems[0]!;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  throw new AppError('VALIDATION_FAILED', `${part} is invalid: ${first.message}${more}`, { field: first.path, problems });
}
