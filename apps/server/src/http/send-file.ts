import type { FastifyReply } from 'fastify';
import { REPLY_SENT } from './route';

/**
 * Sends a file as a download (never rendered in the browser, never cached by a shared cache) and tells the
 * route table the reply is sent. `filename` must already be header-safe (safe-filename.ts).
 */
export function sendFile(reply: FastifyReply, file: { readonly bytes: Uint8Array; readonly contentType: string; readonly filename: string }): typeof REPLY_SENT {
  void reply
    .status(200)
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
  return REPLY_SENT;
}
