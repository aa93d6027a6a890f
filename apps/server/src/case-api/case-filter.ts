/**
 * The `filter` parameter of `GET /CFDocuments` (CASE REST binding): comparisons `field<op>value` joined by
 * `AND` or `OR`, e.g. `title~'ECQ' AND adoptionStatus='Adopted'`. Operators: `=`, `!=`, `>`, `>=`, `<`,
 * `<=` and `~` (contains). A value is written in single quotes (a quote inside doubled: `''`) or bare, up
 * to the next ` AND `/` OR `. `AND` binds tighter than `OR`. Strings compare case- and accent-insensitively,
 * digits as numbers (the binding's Unicode collation guidance); a list field matches when any element does.
 */
export const CASE_FILTER_OPERATORS = ['!=', '>=', '<=', '=', '>', '<', '~'] as const;
export type TCaseFilterOperator = (typeof CASE_FILTER_OPERATORS)[number];

export interface TCaseFilterClause {
  readonly field: string;
  readonly operator: TCaseFilterOperator;
  readonly value: string;
}

/** Alternatives (`OR`) of conjunctions (`AND`). */
export type TCaseFilter = readonly (readonly TCaseFilterClause[])[];

/** A filter that cannot be read; the message says where. */
export class CaseFilterSyntaxError extends Error {
  override readonly name = 'CaseFilterSyntaxError';
}

const FIELD = /[A-Za-z_][A-Za-z0-9_]*/y;
const OPERATOR = /!=|>=|<=|=|>|<|~/y;
const SPACES = /\s*/y;
const CONNECTOR = /(AND|OR)\s+/y;
const NEXT_CONNECTOR = /\s+(?:AND|OR)\s+/;

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/**
 * Parses a filter expression.
 * @throws CaseFilterSyntaxError naming what was expected and where.
 */
export function parseCaseFilter(text: string): TCaseFilter {
  const groups: TCaseFilterClause[][] = [[]];
  let at = 0;
  const skipSpaces = () => {
    at += matchAt(SPACES, text, at)?.[0].length ?? 0;
  };
  for (;;) {
    skipSpaces();
    const field = matchAt(FIELD, text, at);
    if (field === null) throw new CaseFilterSyntaxError(`expected a field name at position ${at + 1}`);
    at += field[0].length;
    skipSpaces();
    const operator = matchAt(OPERATOR, text, at);
    if (operator === null) {
      throw new CaseFilterSyntaxError(`expected one of ${CASE_FILTER_OPERATORS.join(' ')} after "${field[0]}" at position ${at + 1}`);
    }
    at += operator[0].length;
    skipSpaces();
    const value = readValue(text, at);
    at = value.end;
    groups[groups.length - 1]!.push({ field: field[0], operator: operator[0] as TCaseFilterOperator, value: value.text });
    skipSpaces();
    if (at >= text.length) return groups;
    const connector = matchAt(CONNECTOR, text, at);
    if (connector === null) throw new CaseFilterSyntaxError(`expected AND or OR at position ${at + 1}`);
    at += connector[0].length;
    if (connector[1] === 'OR') groups.push([]);
  }
}

function readValue(text: string, start: number): { text: string; end: number } {
  if (text[start] === "'") {
    let value = '';
    for (let at = start + 1; at < text.length; at++) {
      if (text[at] !== "'") {
        value += text[at];
      } else if (text[at + 1] === "'") {
        value += "'";
        at++;
      } else {
        return { text: value, end: at + 1 };
      }
    }
    throw new CaseFilterSyntaxError(`the quoted value starting at position ${start + 1} has no closing quote`);
  }
  const rest = text.slice(start);
  const connector = NEXT_CONNECTOR.exec(rest);
  const raw = connector === null ? rest : rest.slice(0, connector.index);
  const value = raw.trim();
  if (value === '') throw new CaseFilterSyntaxError(`expected a value at position ${start + 1}`);
  return { text: value, end: start + raw.length };
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareClause(actual: string, clause: TCaseFilterClause): boolean {
  switch (clause.operator) {
    case '=':
      return collator.compare(actual, clause.value) === 0;
    case '!=':
      return collator.compare(actual, clause.value) !== 0;
    case '>':
      return collator.compare(actual, clause.value) > 0;
    case '>=':
      return collator.compare(actual, clause.value) >= 0;
    case '<':
      return collator.compare(actual, clause.value) < 0;
    case '<=':
      return collator.compare(actual, clause.value) <= 0;
    case '~':
      return actual.toLocaleLowerCase('en').includes(clause.value.toLocaleLowerCase('en'));
  }
}

/** The string values of a field: none when absent, each element of a list. */
function valuesOf(record: Readonly<Record<string, unknown>>, field: string): string[] {
  const value = record[field];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

function clauseHolds(record: Readonly<Record<string, unknown>>, clause: TCaseFilterClause): boolean {
  const values = valuesOf(record, clause.field);
  // "Not equal" holds when no value equals, including when the field is absent.
  if (clause.operator === '!=') return !values.some((value) => collator.compare(value, clause.value) === 0);
  return values.some((value) => compareClause(value, clause));
}

/** True when the record satisfies the filter. */
export function matchesCaseFilter(record: Readonly<Record<string, unknown>>, filter: TCaseFilter): boolean {
  return filter.some((group) => group.every((clause) => clauseHolds(record, clause)));
}

/** Sort order of field values, by the same collation as the filter. */
export function compareCaseValues(a: string, b: string): number {
  return collator.compare(a, b);
}
