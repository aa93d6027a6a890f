/*
 * Safe readers for values of unknown shape (user input that has not been validated yet): they never
 * throw and never follow the prototype chain for data.
 */

/** A non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The elements of `value` that are objects, with their index; nothing when `value` is not an array. */
export function recordsOf(value: unknown): [Record<string, unknown>, number][] {
  if (!Array.isArray(value)) return [];
  const records: [Record<string, unknown>, number][] = [];
  value.forEach((element: unknown, index) => {
    if (isRecord(element)) records.push([element, index]);
  });
  return records;
}

/** `value[key]` when it is a string. */
export function stringAt(value: unknown, key: string): string | undefined {
  if (!isRecord(value) || !Object.hasOwn(value, key)) return undefined;
  const found = value[key];
  return typeof found === 'string' ? found : undefined;
}
