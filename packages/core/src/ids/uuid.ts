import { sha1 } from './sha1';

/** Canonical textual UUID (any version, any variant), lower or upper case. */
export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * The namespace of every name-based identifier ECQ Workbench mints. Fixed forever: changing it would change
 * every exported CASE identifier.
 */
export const ECQ_WORKBENCH_NAMESPACE = '6d1f0c2e-8b7a-4c55-9e3d-2a41b7c9e0f4';

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

function uuidToBytes(uuid: string): Uint8Array {
  if (!isUuid(uuid)) throw new TypeError(`not a UUID: ${uuid}`);
  const hex = uuid.replace(/-/g, '');
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function bytesToUuid(bytes: Uint8Array): string {
  const hex = Array.from(bytes.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A version-5 (SHA-1, name-based) UUID per RFC 9562 §5.5: the same name in the same namespace always gives
 * the same identifier, which makes exports reproducible byte for byte.
 */
export function uuidV5(name: string, namespace: string = ECQ_WORKBENCH_NAMESPACE): string {
  const ns = uuidToBytes(namespace);
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(ns.length + nameBytes.length);
  input.set(ns);
  input.set(nameBytes, ns.length);
  const hash = sha1(input);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  return bytesToUuid(hash);
}
