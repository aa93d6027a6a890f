import { QRB_ATTACHMENT_LIMIT_BYTES } from '@ecq/core';
import { describe, expect, it } from 'vitest';
import { attachmentFileProblem, bytesToBase64 } from './attachment-file';

describe('case attachments', () => {
  it('refuses a missing, empty or oversized file before reading it, at the limit the API applies', () => {
    expect(attachmentFileProblem(undefined)).toBe('Choose a file to upload.');
    expect(attachmentFileProblem({ name: 'resume.pdf', size: 0 })).toBe('resume.pdf is empty: choose the file again.');
    expect(attachmentFileProblem({ name: 'resume.pdf', size: QRB_ATTACHMENT_LIMIT_BYTES })).toBeUndefined();
    expect(attachmentFileProblem({ name: 'scan.pdf', size: QRB_ATTACHMENT_LIMIT_BYTES + 1 })).toBe('scan.pdf is 10 MB; a file can be at most 10 MB.');
    expect(attachmentFileProblem({ name: `${'x'.repeat(252)}.pdf`, size: 10 })).toMatch(/^The file’s name must be 255 characters or fewer/);
  });

  it('encodes bytes as base64 that decodes to them, across chunk boundaries', () => {
    expect(bytesToBase64(new Uint8Array())).toBe('');
    expect(bytesToBase64(new TextEncoder().encode('Résumé'))).toBe('UsOpc3Vtw6k=');
    const large = new Uint8Array(0x8000 * 2 + 7).map((_, i) => (i * 31) % 256);
    const decoded = Uint8Array.from(atob(bytesToBase64(large)), (char) => char.charCodeAt(0));
    expect(decoded).toEqual(large);
  });
});
