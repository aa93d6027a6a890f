/** Longest key shown in a path; longer keys (hostile input) are cut so messages stay readable. */
const MAX_KEY_LENGTH = 80;

/**
 * Formats a path of keys as a JSONPath expression rooted at `$`: `$.CFItems[3].identifier`. Keys that are
 * not plain identifiers are quoted (`$["odd key"]`); absurdly long keys are shortened.
 */
export function formatJsonPath(segments: readonly PropertyKey[]): string {
  let path = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') {
      path += `[${segment}]`;
    } else {
      const key = String(segment);
      const shown = key.length > MAX_KEY_LENGTH ? `${key.slice(0, MAX_KEY_LENGTH)}…` : key;
      path += /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(shown) ? `.${shown}` : `[${JSON.stringify(shown)}]`;
    }
  }
  return path;
}

/** A value shown inside a message, shortened so that a huge string cannot flood a report. */
export function quoteForMessage(value: string, max = MAX_KEY_LENGTH): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
}
