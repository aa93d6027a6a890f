import { describe, expect, it } from 'vitest';
import { sha1 } from './sha1';
import { isUuid, uuidV5 } from './uuid';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

describe('sha1', () => {
  it('matches the FIPS 180 test vectors', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(hex(sha1(enc('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(enc('')))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1(enc('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    );
    expect(hex(sha1(enc('a'.repeat(1000))))).toBe('291e9a6c66994949b57ba5e650361e98fc36b1ba');
  });
});

describe('uuidV5', () => {
  it('matches the RFC 9562 example for the DNS namespace', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('is stable and well-formed', () => {
    expect(uuidV5('model:ecq-2025')).toBe(uuidV5('model:ecq-2025'));
    expect(uuidV5('a')).not.toBe(uuidV5('b'));
    expect(isUuid(uuidV5('x'))).toBe(true);
    expect(isUuid('not-a-uuid')).toBe(false);
  });
});
