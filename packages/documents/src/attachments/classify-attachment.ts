import { AppError } from '@ecq/core';

/** The kinds of file a QRB case carries as a resume or a certificate: documents, and scans of paper ones. */
export const ATTACHMENT_FORMATS = ['pdf', 'docx', 'png', 'jpeg', 'txt'] as const;
export type TAttachmentFormat = (typeof ATTACHMENT_FORMATS)[number];

export const ATTACHMENT_CONTENT_TYPES: Readonly<Record<TAttachmentFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png',
  jpeg: 'image/jpeg',
  txt: 'text/plain; charset=utf-8',
};

const SIGNATURES: readonly { readonly format: Exclude<TAttachmentFormat, 'txt'>; readonly bytes: readonly number[] }[] = [
  { format: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { format: 'docx', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { format: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { format: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/**
 * What an uploaded attachment is, read from its first bytes, never from its name: a PDF, a Word file (a zip;
 * it is stored, never unpacked), a PNG or JPEG scan, or UTF-8 text. The file is kept as sent and served
 * only as a download, so nothing else is read from it.
 * @throws AppError naming `field`: `BAD_REQUEST` for an empty file, `PAYLOAD_TOO_LARGE` over `maxBytes`,
 * `UNSUPPORTED_MEDIA_TYPE` for anything else, with the formats accepted.
 */
export function classifyAttachment(bytes: Uint8Array, options: { readonly maxBytes: number; readonly field: string }): TAttachmentFormat {
  const { field } = options;
  if (bytes.byteLength === 0) throw new AppError('BAD_REQUEST', `${field}: the file is empty`, { field });
  if (bytes.byteLength > options.maxBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', `${field}: the file is ${bytes.byteLength.toLocaleString('en-US')} bytes; at most ${options.maxBytes.toLocaleString('en-US')} are accepted`, {
      field,
    });
  }
  const signed = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (signed !== undefined) return signed.format;
  if (isUtf8Text(bytes)) return 'txt';
  throw new AppError('UNSUPPORTED_MEDIA_TYPE', `${field}: attach a PDF, a Word (.docx) file, a PNG or JPEG scan, or plain text`, { field });
}

function isUtf8Text(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // Control characters other than tab, line feed, form feed and carriage return mark binary data.
  return !/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text);
}
