import { APP_ERROR_CODES, isAppError } from '@ecq/core';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx, buildNarrativePdf, concat } from '../testing';
import { importNarrativeFile } from './import-narrative-file';

/** Long enough to catch a hang, far beyond any healthy import of these small inputs. */
const HANG_MS = 15_000;
const CODES = ['BAD_REQUEST', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE'] as const;

/**
 * The property the issue asks for: on any bytes the import resolves with text, or rejects with an AppError
 * naming `file` with one of the three import codes; never another exception, never a hang.
 */
async function settlesCleanly(bytes: Uint8Array): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<'hang'>((resolve) => {
    timer = setTimeout(() => resolve('hang'), HANG_MS);
  });
  const outcome = await Promise.race([
    importNarrativeFile({ bytes }).then(
      (imported) => ({ imported }),
      (error: unknown) => ({ error }),
    ),
    hang,
  ]);
  clearTimeout(timer);
  expect(outcome).not.toBe('hang');
  if (outcome === 'hang') return;
  if ('imported' in outcome) {
    expect(typeof outcome.imported.text).toBe('string');
    expect(outcome.imported.text.trim().length).toBeGreaterThan(0);
    return;
  }
  const { error } = outcome;
  if (!isAppError(error)) throw new Error(`not an AppError: ${String(error)}`, { cause: error });
  expect(APP_ERROR_CODES).toContain(error.code);
  expect(CODES).toContain(error.code);
  expect(error.field).toBe('file');
}

/** Edits to a valid file: overwrite a few bytes, cut it short, or splice in a run of noise. */
function mutated(valid: Uint8Array): fc.Arbitrary<Uint8Array> {
  const overwrite = fc
    .array(fc.tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })
    .map((edits) => {
      const bytes = valid.slice();
      for (const [at, value] of edits) bytes[at] = value;
      return bytes;
    });
  const truncate = fc.nat({ max: valid.length - 1 }).map((length) => valid.slice(0, length));
  const splice = fc
    .tuple(fc.nat({ max: valid.length - 1 }), fc.uint8Array({ minLength: 1, maxLength: 64 }))
    .map(([at, noise]) => concat([valid.subarray(0, at), noise, valid.subarray(at + noise.length)]));
  return fc.oneof(overwrite, truncate, splice);
}

describe('importNarrativeFile: property — any bytes settle as text or an AppError naming file', () => {
  let docx: Uint8Array = new Uint8Array(0);
  let pdf: Uint8Array = new Uint8Array(0);
  beforeAll(async () => {
    docx = await buildDocx([
      { heading: 'ECQ 1: Leading Change' },
      { paragraph: 'Challenge: the claims backlog reached 21,000. Action: I built cross-trained teams. Result: time fell 31 percent.' },
      { bullets: ['Mapped the claim path', 'Piloted teams'] },
      { table: [['ECQ 2', 'Leading People']] },
    ]);
    pdf = await buildNarrativePdf({ header: 'Jane Q. Candidate', pageNumbers: true, blocks: [{ heading: 'ECQ 1: Leading Change' }, { paragraph: 'Challenge: the claims backlog reached 21,000. Result: time fell 31 percent.' }] });
  });

  it('on arbitrary byte arrays', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2_048 }), settlesCleanly), { numRuns: 100 });
  });

  it('on arbitrary bytes behind a zip or PDF signature', async () => {
    const signed = fc
      .tuple(fc.constantFrom('PK\u0003\u0004', 'PK\u0005\u0006', '%PDF-1.7\n', '\ufeff', '\u00ff\u00fe'), fc.uint8Array({ maxLength: 2_048 }))
      .map(([magic, rest]) => concat([Uint8Array.from(magic, (c) => c.charCodeAt(0) & 0xff), rest]));
    await fc.assert(fc.asyncProperty(signed, settlesCleanly), { numRuns: 100 });
  });

  it('on mutated Word files', async () => {
    await fc.assert(fc.asyncProperty(mutated(docx), settlesCleanly), { numRuns: 100 });
  });

  it('on mutated PDFs', async () => {
    await fc.assert(fc.asyncProperty(mutated(pdf), settlesCleanly), { numRuns: 100 });
  });
});
