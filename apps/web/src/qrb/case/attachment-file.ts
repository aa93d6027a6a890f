import { QRB_ATTACHMENT_FILENAME_MAX_LENGTH, QRB_ATTACHMENT_LIMIT_BYTES } from '@ecq/core';
import { formatByteSize } from '../shared/qrb-labels';

/** The files a case carries beside the narrative, as the form names them: as a label, and inside a sentence. */
export const ATTACHMENT_KIND_LABELS = {
  resume: { label: 'Resume', inSentence: 'resume' },
  cdp_certificate: { label: 'CDP graduation certificate', inSentence: 'CDP graduation certificate' },
} as const;
export type TAttachmentKind = keyof typeof ATTACHMENT_KIND_LABELS;

/** The file types the API takes (PDF, Word, PNG, JPEG, text), for the file picker. */
export const ATTACHMENT_ACCEPT = '.pdf,.docx,.png,.jpg,.jpeg,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg,text/plain';

/**
 * Why a chosen file cannot be sent, before reading it: none chosen, empty, over the API's limit (core
 * QRB_ATTACHMENT_LIMIT_BYTES, 10 MiB) or with too long a name. Undefined when it can be sent.
 */
export function attachmentFileProblem(file: { readonly name: string; readonly size: number } | undefined): string | undefined {
  if (file === undefined) return 'Choose a file to upload.';
  if (file.size === 0) return `${file.name} is empty: choose the file again.`;
  if (file.size > QRB_ATTACHMENT_LIMIT_BYTES) {
    return `${file.name} is ${formatByteSize(file.size)}; a file can be at most ${formatByteSize(QRB_ATTACHMENT_LIMIT_BYTES)}.`;
  }
  if (file.name.length > QRB_ATTACHMENT_FILENAME_MAX_LENGTH) return `The file’s name must be ${QRB_ATTACHMENT_FILENAME_MAX_LENGTH} characters or fewer: rename it and choose it again.`;
  return undefined;
}

/** Bytes to base64 (the API's `contentBase64`), a chunk at a time so that a 10 MiB file does not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}
