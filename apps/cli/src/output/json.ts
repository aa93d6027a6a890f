/**
 * The JSON every `--json` prints: 2-space indent and a trailing newline. Presenters build plain objects with
 * a fixed key order and `null` (never a missing key) for absent values, so the output is stable.
 */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
