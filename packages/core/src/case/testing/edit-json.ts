import type { TCfPackage } from '../case-schemas';
import { serializeCasePackage } from '../serialize-case';
import { isRecord } from '../unknown-values';

/** A path into a JSON value: object keys and array indexes. */
export type TJsonPath = readonly (string | number)[];

/** A fresh, freely editable JSON copy of a package, as a reader of the exported file would see it. */
export function jsonCopyOf(pkg: TCfPackage): unknown {
  return JSON.parse(serializeCasePackage(pkg)) as unknown;
}

/** The value at `path`, or undefined when the path leads nowhere. */
export function getAt(root: unknown, path: TJsonPath): unknown {
  let node = root;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment] as unknown;
    else if (isRecord(node) && typeof segment === 'string' && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}

/** The string at `path`; throws when there is none (a test set-up mistake). */
export function requireStringAt(root: unknown, path: TJsonPath): string {
  const value = getAt(root, path);
  if (typeof value !== 'string') throw new TypeError(`no string at ${path.join('.')}`);
  return value;
}

function parentOf(root: unknown, path: TJsonPath): { parent: unknown; last: string | number } {
  const last = path[path.length - 1];
  if (last === undefined) throw new TypeError('the root has no parent');
  return { parent: getAt(root, path.slice(0, -1)), last };
}

/** Sets the value at `path` (as an own property, even for `__proto__`); throws when the parent is missing. */
export function setAt(root: unknown, path: TJsonPath, value: unknown): void {
  const { parent, last } = parentOf(root, path);
  if (Array.isArray(parent) && typeof last === 'number') parent[last] = value;
  else if (isRecord(parent) && typeof last === 'string') {
    Object.defineProperty(parent, last, { value, enumerable: true, writable: true, configurable: true });
  } else throw new TypeError(`no parent for ${path.join('.')}`);
}

/** Removes the value at `path`: deletes an object key, or removes an array element. */
export function deleteAt(root: unknown, path: TJsonPath): void {
  const { parent, last } = parentOf(root, path);
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else if (isRecord(parent) && typeof last === 'string') delete parent[last];
  else throw new TypeError(`no parent for ${path.join('.')}`);
}

/** Appends to the array at `path`. */
export function pushAt(root: unknown, path: TJsonPath, value: unknown): void {
  const list = getAt(root, path);
  if (!Array.isArray(list)) throw new TypeError(`no array at ${path.join('.')}`);
  list.push(value);
}

/** The path of every value inside `root` (not `root` itself), depth first. */
export function jsonPathsOf(root: unknown): TJsonPath[] {
  const paths: TJsonPath[] = [];
  const visit = (node: unknown, path: TJsonPath): void => {
    if (Array.isArray(node)) {
      node.forEach((child: unknown, index) => {
        paths.push([...path, index]);
        visit(child, [...path, index]);
      });
    } else if (isRecord(node)) {
      for (const [key, child] of Object.entries(node)) {
        paths.push([...path, key]);
        visit(child, [...path, key]);
      }
    }
  };
  visit(root, []);
  return paths;
}
