import { describe, expect, it } from 'vitest';
import { classifyAttachment } from './classify-attachment';

const OPTIONS = { maxBytes: 64, field: 'contentBase64' };
const bytes = (...values: number[]) => new Uint8Array(values);

describe('classifyAttachment', () => {
  it('reads the format from the first bytes, whatever the name', () => {
    expect(classifyAttachment(new TextEncoder().encode('%PDF-1.7\n…'), OPTIONS)).toBe('pdf');
    expect(classifyAttachment(bytes(0x50, 0x4b, 0x03, 0x04, 1, 2), OPTIONS)).toBe('docx');
    expect(classifyAttachment(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), OPTIONS)).toBe('png');
    expect(classifyAttachment(bytes(0xff, 0xd8, 0xff, 0xe0), OPTIONS)).toBe('jpeg');
    expect(classifyAttachment(new TextEncoder().encode('Pat Lee — résumé\r\n\tSES candidate'), OPTIONS)).toBe('txt');
  });

  it('refuses empty, oversized and binary files, naming the field', () => {
    expect(() => classifyAttachment(bytes(), OPTIONS)).toThrow(expect.objectContaining({ code: 'BAD_REQUEST', field: 'contentBase64' }));
    expect(() => classifyAttachment(new Uint8Array(65).fill(0x41), OPTIONS)).toThrow(expect.objectContaining({ code: 'PAYLOAD_TOO_LARGE', field: 'contentBase64' }));
    expect(() => classifyAttachment(bytes(0x4d, 0x5a, 0x90, 0x00), OPTIONS)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_MEDIA_TYPE', field: 'contentBase64' }));
    expect(() => classifyAttachment(bytes(0xc3, 0x28), OPTIONS)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_MEDIA_TYPE' }));
  });
});
