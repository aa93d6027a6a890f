import type { TProblem } from '../errors/app-error';
import { quoteForMessage } from './format-json-path';
import { isRecord, recordsOf, stringAt } from './unknown-values';

const DEFINITION_LISTS = ['CFConcepts', 'CFSubjects', 'CFLicenses', 'CFItemTypes', 'CFAssociationGroupings'] as const;

/** Nodes shown in a cycle message before it is cut short. */
const MAX_CYCLE_NODES_SHOWN = 6;

interface TChildOfEdge {
  readonly to: string;
  readonly path: string;
}

/**
 * The checks a schema cannot make, run on the raw input so that they are reported together with the
 * schema's problems (CASE identifiers are UUIDs, hence unique; a CFAssociation links an origin node to a
 * destination node):
 *
 * - every identifier in the package (document, items, associations, definitions, rubrics) is unique;
 * - an `isChildOf` association's origin is a CFItem of the package and its destination is the CFDocument
 *   or a CFItem of the package;
 * - `isChildOf` associations form no cycle.
 *
 * Reads any value without throwing; parts of the wrong shape are skipped (the schema reports them).
 */
export function findCaseReferenceProblems(input: unknown): TProblem[] {
  if (!isRecord(input)) return [];
  const problems: TProblem[] = [...findDuplicateIdentifiers(input)];

  const documentId = stringAt(input['CFDocument'], 'identifier');
  const itemIds = new Set<string>();
  for (const [item] of recordsOf(input['CFItems'])) {
    const id = stringAt(item, 'identifier');
    if (id !== undefined) itemIds.add(id);
  }
  const edges = new Map<string, TChildOfEdge[]>();
  for (const [association, index] of recordsOf(input['CFAssociations'])) {
    if (association['associationType'] !== 'isChildOf') continue;
    const path = `$.CFAssociations[${index}]`;
    const origin = stringAt(association['originNodeURI'], 'identifier');
    const destination = stringAt(association['destinationNodeURI'], 'identifier');
    let isResolved = origin !== undefined && destination !== undefined;
    if (origin !== undefined && !itemIds.has(origin)) {
      problems.push({
        path: `${path}.originNodeURI.identifier`,
        message: `isChildOf origin ${quoteForMessage(origin)} is not a CFItem of this package`,
      });
      isResolved = false;
    }
    if (destination !== undefined && destination !== documentId && !itemIds.has(destination)) {
      problems.push({
        path: `${path}.destinationNodeURI.identifier`,
        message: `isChildOf destination ${quoteForMessage(destination)} is neither the CFDocument nor a CFItem of this package`,
      });
      isResolved = false;
    }
    if (isResolved && origin !== undefined && destination !== undefined) {
      const list = edges.get(origin) ?? [];
      list.push({ to: destination, path });
      edges.set(origin, list);
    }
  }
  problems.push(...findChildOfCycles(edges));
  return problems;
}

function findDuplicateIdentifiers(input: Record<string, unknown>): TProblem[] {
  const problems: TProblem[] = [];
  const firstSeen = new Map<string, string>();
  const note = (owner: unknown, path: string): void => {
    const id = stringAt(owner, 'identifier');
    if (id === undefined) return;
    const first = firstSeen.get(id);
    if (first === undefined) firstSeen.set(id, path);
    else problems.push({ path, message: `duplicate identifier ${quoteForMessage(id)}; first used at ${first}` });
  };
  note(input['CFDocument'], '$.CFDocument.identifier');
  for (const [item, i] of recordsOf(input['CFItems'])) note(item, `$.CFItems[${i}].identifier`);
  for (const [association, i] of recordsOf(input['CFAssociations'])) note(association, `$.CFAssociations[${i}].identifier`);
  const definitions = input['CFDefinitions'];
  if (isRecord(definitions)) {
    for (const list of DEFINITION_LISTS) {
      for (const [definition, i] of recordsOf(definitions[list])) note(definition, `$.CFDefinitions.${list}[${i}].identifier`);
    }
  }
  for (const [rubric, r] of recordsOf(input['CFRubrics'])) {
    note(rubric, `$.CFRubrics[${r}].identifier`);
    for (const [criterion, c] of recordsOf(rubric['CFRubricCriteria'])) {
      const criterionPath = `$.CFRubrics[${r}].CFRubricCriteria[${c}]`;
      note(criterion, `${criterionPath}.identifier`);
      for (const [level, l] of recordsOf(criterion['CFRubricCriterionLevels'])) {
        note(level, `${criterionPath}.CFRubricCriterionLevels[${l}].identifier`);
      }
    }
  }
  return problems;
}

/**
 * Every `isChildOf` edge that closes a cycle, found by an iterative depth-first search (no recursion, so
 * a long chain cannot overflow the stack).
 */
function findChildOfCycles(edges: ReadonlyMap<string, readonly TChildOfEdge[]>): TProblem[] {
  const problems: TProblem[] = [];
  const state = new Map<string, 'active' | 'done'>();
  for (const start of edges.keys()) {
    if (state.has(start)) continue;
    const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
    const onStack: string[] = [start];
    state.set(start, 'active');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const out = edges.get(frame.node) ?? [];
      const edge = out[frame.next];
      if (edge === undefined) {
        state.set(frame.node, 'done');
        stack.pop();
        onStack.pop();
        continue;
      }
      frame.next += 1;
      const seen = state.get(edge.to);
      if (seen === 'active') {
        const cycle = [...onStack.slice(onStack.indexOf(edge.to)), edge.to];
        const shown = cycle.length > MAX_CYCLE_NODES_SHOWN ? [...cycle.slice(0, MAX_CYCLE_NODES_SHOWN), '…'] : cycle;
        problems.push({
          path: edge.path,
          message: `isChildOf cycle: ${shown.map((id) => quoteForMessage(id, 40)).join(' → ')}`,
        });
      } else if (seen === undefined) {
        state.set(edge.to, 'active');
        stack.push({ node: edge.to, next: 0 });
        onStack.push(edge.to);
      }
    }
  }
  return problems;
}
