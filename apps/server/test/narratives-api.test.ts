import { policyFor, todayUtc } from '@ecq/core';
import { corpusText, NUMBERED_PACKAGE_2025 as PACKAGE_2025, PACKAGE_2006 } from '@ecq/core/testing';
import { countAuditEvents, countNarrativePackages, countNarrativeVersions, getNarrativeVersion, listAuditEvents, type TAuditEventRow } from '@ecq/db';
import { createAgency } from '@ecq/db/testing';
import { exportNarrativeDocx, importNarrativeFile, NARRATIVE_UPLOAD_LIMIT_BYTES } from '@ecq/documents';
import type { LightMyRequestResponse } from 'fastify';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInUser, type TestApp, type TSignedIn } from './harness';

type TMethod = 'GET' | 'POST' | 'PUT';


/** A sentence of the package that must never appear in an audit event. */
const SECRET_SENTENCE = corpusText('c25-lc-1').split('. ')[0]!;

interface TDetail {
  id: string;
  ownerUserId: string;
  agencyId: string | null;
  title: string;
  candidateName: string;
  modelId: string;
  limits: Record<string, unknown>;
  currentVersion: number;
  version: number;
  derivedFrom: { packageId: string; version: number } | null;
  current: {
    number: number;
    source: string;
    sourceFilename: string | null;
    text: string;
    analysis: { modelId: string; status: string; errors: number; warnings: number; totalPages: number | null; textLength: number };
  };
}

let t: TestApp;
let candidate: TSignedIn;
let otherCandidate: TSignedIn;
let hr: TSignedIn;
let admin: TSignedIn;
let executive: TSignedIn;

beforeAll(async () => {
  t = await createTestApp();
  const own = await createAgency(t.handle.db);
  const other = await createAgency(t.handle.db);
  candidate = await signedInUser(t, { roles: ['candidate'], agencyId: own.id });
  executive = await signedInUser(t, { roles: ['executive'], agencyId: own.id });
  hr = await signedInUser(t, { roles: ['agency_hr'], agencyId: own.id });
  otherCandidate = await signedInUser(t, { roles: ['candidate'], agencyId: other.id });
  admin = await signedInUser(t, { roles: ['opm_admin'], agencyId: null });
});
afterAll(async () => t.close());

function call(method: TMethod, url: string, who?: TSignedIn, payload?: object): Promise<LightMyRequestResponse> {
  return t.app.inject({ method, url, headers: who?.headers ?? {}, ...(payload === undefined ? {} : { payload }) });
}

async function create(who: TSignedIn, body: Record<string, unknown>): Promise<TDetail> {
  const response = await call('POST', '/api/narratives', who, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<TDetail>();
}

async function eventsOf(entityId: string): Promise<TAuditEventRow[]> {
  return listAuditEvents(t.handle.db, { entityType: 'narrative_package', entityId, limit: 50 });
}

describe('[NARRATIVES]: a candidate stores packages with version history', () => {
  it('creates a package on the model that governs hiring today, analysed on save, and audits it without the text', async () => {
    const created = await create(candidate, { title: 'My ECQs', candidateName: 'Pat Lee', text: PACKAGE_2025 });
    const governing = policyFor({ process: 'hiring', on: todayUtc() }).pack.id;
    expect(created).toMatchObject({
      ownerUserId: candidate.user.id,
      agencyId: candidate.user.agencyId,
      title: 'My ECQs',
      candidateName: 'Pat Lee',
      modelId: governing,
      currentVersion: 1,
      version: 1,
      derivedFrom: null,
      current: { number: 1, source: 'typed', text: PACKAGE_2025 },
    });
    expect(created.current.analysis).toMatchObject({ modelId: governing, errors: 0, textLength: PACKAGE_2025.length });
    expect(created.current.analysis.totalPages).toBeGreaterThanOrEqual(2);

    const [event] = await eventsOf(created.id);
    expect(event).toMatchObject({
      action: 'narrative.created',
      actorUserId: candidate.user.id,
      agencyId: null,
      before: null,
      after: { packageId: created.id, versionNumber: 1, textLength: PACKAGE_2025.length, source: 'typed' },
    });
    expect(JSON.stringify(event)).not.toContain(SECRET_SENTENCE);
  });

  it('follows ECQ_FOLLOW for the default model, and refuses an unknown model writing nothing', async () => {
    const may = await createTestApp({ follow: ['ecq-2025-may'] });
    try {
      const writer = await signedInUser(may, { roles: ['candidate'] });
      const response = await may.app.inject({
        method: 'POST',
        url: '/api/narratives',
        headers: writer.headers,
        payload: { title: 'Draft', candidateName: 'Pat Lee' },
      });
      expect(response.statusCode, response.body).toBe(201);
      const expected = policyFor({ process: 'hiring', on: todayUtc(), settings: { alternatives: { 'ecq-2025': 'ecq-2025-may' } } }).pack.id;
      expect(response.json()).toMatchObject({ modelId: expected, current: { number: 1, text: '' } });
    } finally {
      await may.close();
    }
    const packages = await countNarrativePackages(t.handle.db);
    const unknown = await call('POST', '/api/narratives', candidate, { title: 'X', candidateName: 'Pat Lee', modelId: 'ecq-1999' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'UNKNOWN_MODEL', field: 'modelId' });
    const badLimits = await call('POST', '/api/narratives', candidate, {
      title: 'X',
      candidateName: 'Pat Lee',
      limits: { minExamplesPerEcq: 3, maxExamplesPerEcq: 2 },
    });
    expect(badLimits.statusCode).toBe(400);
    expect(badLimits.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'limits.minExamplesPerEcq' });
    expect(await countNarrativePackages(t.handle.db)).toBe(packages);
  });

  it('saves every edit as a new version, keeps the old ones readable, and refuses a stale save with 409 losing nothing', async () => {
    const created = await create(candidate, { title: 'Versions', candidateName: 'Pat Lee', modelId: 'ecq-2025', text: 'First draft.' });
    const saved = await call('PUT', `/api/narratives/${created.id}`, candidate, {
      text: PACKAGE_2025,
      title: 'Versions, renamed',
      limits: { maxPagesPerEcq: 1 },
      version: created.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const second = saved.json<TDetail>();
    expect(second).toMatchObject({ title: 'Versions, renamed', limits: { maxPagesPerEcq: 1 }, currentVersion: 2, version: 2 });
    expect(second.current).toMatchObject({ number: 2, source: 'typed', text: PACKAGE_2025 });

    // Someone else's tab still holds version 1: its save is refused and names the current version.
    const versionsBefore = await countNarrativeVersions(t.handle.db);
    const events = await countAuditEvents(t.handle.db);
    const stale = await call('PUT', `/api/narratives/${created.id}`, candidate, { text: 'Edited elsewhere', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT', field: 'version' });
    expect(stale.json<{ message: string }>().message).toContain('version 2');
    expect(await countNarrativeVersions(t.handle.db)).toBe(versionsBefore);
    expect(await countAuditEvents(t.handle.db)).toBe(events);
    expect((await getNarrativeVersion(t.handle.db, created.id, 2))?.text).toBe(PACKAGE_2025);

    const current = await call('GET', `/api/narratives/${created.id}`, candidate);
    expect(current.json()).toMatchObject({ version: 2, current: { number: 2, text: PACKAGE_2025 } });
    const first = await call('GET', `/api/narratives/${created.id}/versions/1`, candidate);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ number: 1, text: 'First draft.', createdBy: candidate.user.id });
    const missing = await call('GET', `/api/narratives/${created.id}/versions/3`, candidate);
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'NOT_FOUND', field: 'number' });

    const pageOne = await call('GET', `/api/narratives/${created.id}/versions?limit=1`, candidate);
    const page = pageOne.json<{ items: { number: number; analysis: { textLength: number } }[]; nextCursor: string | null }>();
    expect(page.items.map((v) => v.number)).toEqual([2]);
    expect(page.items[0]!.analysis.textLength).toBe(PACKAGE_2025.length);
    const pageTwo = await call('GET', `/api/narratives/${created.id}/versions?limit=1&before=${page.nextCursor}`, candidate);
    expect(pageTwo.json()).toMatchObject({ items: [{ number: 1, source: 'typed' }], nextCursor: null });

    const saves = (await eventsOf(created.id)).filter((e) => e.action === 'narrative.saved');
    expect(saves).toHaveLength(1);
    expect(saves[0]).toMatchObject({
      before: { version: 1, versionNumber: 1, textLength: 'First draft.'.length },
      after: { version: 2, versionNumber: 2, textLength: PACKAGE_2025.length, title: 'Versions, renamed' },
    });
    expect(JSON.stringify(saves[0])).not.toContain(SECRET_SENTENCE);
  });

  it('lets exactly one of several concurrent saves of the same version through; the others get 409', async () => {
    const created = await create(candidate, { title: 'Race', candidateName: 'Pat Lee', modelId: 'ecq-2025', text: 'Start.' });
    const versions = await countNarrativeVersions(t.handle.db);
    const texts = ['One.', 'Two.', 'Three.', 'Four.', 'Five.'];
    const responses = await Promise.all(texts.map((text) => call('PUT', `/api/narratives/${created.id}`, candidate, { text, version: 1 })));
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409]);
    expect(await countNarrativeVersions(t.handle.db)).toBe(versions + 1);
    const winner = responses.find((r) => r.statusCode === 200)!.json<TDetail>();
    const stored = (await call('GET', `/api/narratives/${created.id}`, candidate)).json<TDetail>();
    expect(stored).toMatchObject({ version: 2, current: { number: 2, text: winner.current.text } });
    expect((await eventsOf(created.id)).filter((e) => e.action === 'narrative.saved')).toHaveLength(1);
  });

  it('serves the full analysis of the current version, with the pages the layout engine measured', async () => {
    const created = await create(candidate, { title: 'Analysis', candidateName: 'Pat Lee', modelId: 'ecq-2025', text: PACKAGE_2025 });
    const response = await call('GET', `/api/narratives/${created.id}/analysis`, candidate);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json<{
      versionNumber: number;
      modelId: string;
      pages: { status: string; totalPages: number; basis: string };
      ecqs: { code: string; readiness: { examples: number } }[];
      findings: { start: number; end: number; ecqCode: string | null }[];
      structure: { sections: { ecqCode: string | null }[] };
      readiness: { status: string; errors: number };
    }>();
    expect(report.versionNumber).toBe(1);
    expect(report.modelId).toBe('ecq-2025');
    expect(report.pages).toMatchObject({ status: 'measured', totalPages: created.current.analysis.totalPages });
    expect(report.pages.basis).toContain('Times 12 pt');
    expect(report.structure.sections.map((s) => s.ecqCode)).toEqual(['LC', 'LP', 'DR', 'AOS', 'BC']);
    expect(report.ecqs.every((e) => e.readiness.examples === 1)).toBe(true);
    expect(report.readiness).toMatchObject({ status: created.current.analysis.status, errors: created.current.analysis.errors });
    for (const finding of report.findings) {
      expect(finding.start).toBeGreaterThanOrEqual(0);
      expect(finding.end).toBeLessThanOrEqual(PACKAGE_2025.length);
      expect(finding).toHaveProperty('ecqCode');
    }

    // A one-page-per-ECQ vacancy: the override reaches the analysis (and only warns; POLICY.md §3, medium).
    const tight = await call('PUT', `/api/narratives/${created.id}`, candidate, { text: PACKAGE_2025, limits: { maxPagesPerEcq: 0.25 }, version: 1 });
    expect(tight.statusCode, tight.body).toBe(200);
    const reread = (await call('GET', `/api/narratives/${created.id}/analysis`, candidate)).json<{ limits: { maxPagesPerEcq: number }; findings: { ruleId: string; severity: string }[] }>();
    expect(reread.limits.maxPagesPerEcq).toBe(0.25);
    expect(reread.findings.filter((f) => f.ruleId === 'narrative.pages-per-ecq').map((f) => f.severity)).toContain('warning');
  });

  it('imports a .docx as the next version, and refuses a damaged file writing nothing', async () => {
    const created = await create(candidate, { title: 'Import', candidateName: 'Pat Lee', modelId: 'ecq-2025' });
    const analysed = (await call('POST', '/api/analyze', candidate, { text: PACKAGE_2025, modelId: 'ecq-2025' })).json<{
      structure: { sections: { index: number; ecqCode: string | null; start: number; end: number }[] };
    }>();
    const sections = analysed.structure.sections.map((s) => ({ index: s.index, ecqCode: s.ecqCode ?? undefined, start: s.start, end: s.end }));
    const docx = await exportNarrativeDocx({ text: PACKAGE_2025, candidateName: 'Pat Lee', sections });

    const versions = await countNarrativeVersions(t.handle.db);
    const garbage = await call('POST', `/api/narratives/${created.id}/import`, candidate, {
      filename: 'broken.docx',
      contentBase64: Buffer.from(docx.slice(0, 200)).toString('base64'),
      version: 1,
    });
    expect(garbage.statusCode).toBeGreaterThanOrEqual(400);
    expect(garbage.statusCode).toBeLessThan(500);
    expect(garbage.json()).toMatchObject({ field: 'file' });
    expect(await countNarrativeVersions(t.handle.db)).toBe(versions);

    const response = await call('POST', `/api/narratives/${created.id}/import`, candidate, {
      filename: 'my-ecqs.docx',
      contentBase64: Buffer.from(docx).toString('base64'),
      version: 1,
    });
    expect(response.statusCode, response.body).toBe(200);
    const imported = response.json<{ package: TDetail; import: { format: string; filename: string; warnings: string[] } }>();
    expect(imported.import).toMatchObject({ format: 'docx', filename: 'my-ecqs.docx' });
    expect(imported.package).toMatchObject({ version: 2, currentVersion: 2, current: { number: 2, source: 'import:docx', sourceFilename: 'my-ecqs.docx' } });
    expect(imported.package.current.text).toBe((await importNarrativeFile({ bytes: docx, filename: 'my-ecqs.docx' })).text);
    expect(imported.package.current.text).toContain('Achieving Organizational Success');
    expect(imported.package.current.analysis.errors).toBe(0);
    const [event] = (await eventsOf(created.id)).filter((e) => e.action === 'narrative.imported');
    expect(event).toMatchObject({ after: { versionNumber: 2, source: 'import:docx' } });

    const oversized = await call('POST', `/api/narratives/${created.id}/import`, candidate, {
      filename: 'huge.txt',
      contentBase64: Buffer.alloc(NARRATIVE_UPLOAD_LIMIT_BYTES + 1, 'a').toString('base64'),
      version: 2,
    });
    expect(oversized.statusCode).toBe(413);
    expect(oversized.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'file' });
    expect(await countNarrativeVersions(t.handle.db)).toBe(versions + 1);

    const staleImport = await call('POST', `/api/narratives/${created.id}/import`, candidate, {
      filename: 'again.txt',
      contentBase64: Buffer.from('Another text').toString('base64'),
      version: 1,
    });
    expect(staleImport.statusCode).toBe(409);
    expect(staleImport.json()).toMatchObject({ code: 'CONFLICT', field: 'version' });
  });

  it('migrates a 2006 package to a NEW 2025 draft, listing what moved, what was removed and the gaps to write', async () => {
    const source = await create(candidate, { title: 'Old ECQs', candidateName: 'Pat Lee', modelId: 'ecq-2006', text: PACKAGE_2006 });
    const response = await call('POST', `/api/narratives/${source.id}/migrate`, candidate, { to: 'ecq-2025' });
    expect(response.statusCode, response.body).toBe(201);
    const { package: draft, migration } = response.json<{
      package: TDetail;
      migration: {
        fromModelId: string;
        toModelId: string;
        headings: { fromName: string; toName: string | null; kind: string }[];
        removed: { from: { name: string }; evidence: unknown[] }[];
        gaps: { code: string; name: string }[];
      };
    }>();
    expect(draft.id).not.toBe(source.id);
    expect(draft).toMatchObject({
      ownerUserId: candidate.user.id,
      modelId: 'ecq-2025',
      currentVersion: 1,
      derivedFrom: { packageId: source.id, version: 1 },
      current: { number: 1, source: 'migration' },
    });
    expect(draft.title).toContain('Old ECQs');
    expect(draft.current.text).toContain('Driving Results');
    expect(draft.current.text).toContain('Achieving Organizational Success');
    expect(draft.current.text).not.toContain('Results Driven');
    expect(draft.current.analysis.modelId).toBe('ecq-2025');
    expect(migration).toMatchObject({ fromModelId: 'ecq-2006', toModelId: 'ecq-2025' });
    expect(migration.headings.find((h) => h.fromName === 'Results Driven')).toMatchObject({ toName: 'Driving Results', kind: 'renamed' });
    expect(migration.gaps.map((g) => g.name)).toContain('Systems Thinking');
    expect(migration.removed.map((r) => r.from.name)).toContain('Entrepreneurship');

    const original = (await call('GET', `/api/narratives/${source.id}`, candidate)).json<TDetail>();
    expect(original).toMatchObject({ version: 1, modelId: 'ecq-2006', current: { text: PACKAGE_2006 } });
    const [event] = await eventsOf(draft.id);
    expect(event).toMatchObject({ action: 'narrative.migrated', before: { packageId: source.id }, after: { packageId: draft.id, crosswalkId: expect.any(String) } });

    const nowhere = await call('POST', `/api/narratives/${draft.id}/migrate`, candidate, { to: 'ecq-2006' });
    expect(nowhere.statusCode).toBe(404);
    expect(nowhere.json()).toMatchObject({ code: 'UNKNOWN_CROSSWALK', field: 'to' });
  });

  it('exports a PDF with exactly the pages the analysis counted, and a Word file that reads back', async () => {
    const created = await create(candidate, { title: 'Pat Lee: ECQs / 2025', candidateName: 'Pat Lee', modelId: 'ecq-2025', text: PACKAGE_2025 });
    const pdf = await call('GET', `/api/narratives/${created.id}/export?format=pdf`, candidate);
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="Pat-Lee-ECQs-2025.pdf"');
    const document = await PDFDocument.load(pdf.rawPayload);
    expect(created.current.analysis.totalPages).not.toBeNull();
    expect(document.getPageCount()).toBe(created.current.analysis.totalPages);

    const docx = await call('GET', `/api/narratives/${created.id}/export?format=docx`, candidate);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.headers['content-disposition']).toBe('attachment; filename="Pat-Lee-ECQs-2025.docx"');
    const readBack = await importNarrativeFile({ bytes: new Uint8Array(docx.rawPayload), filename: 'x.docx' });
    expect(readBack.format).toBe('docx');
    expect(readBack.text).toContain('ECQ 5: Building Coalitions');

    const badFormat = await call('GET', `/api/narratives/${created.id}/export?format=rtf`, candidate);
    expect(badFormat.statusCode).toBe(400);
    expect(badFormat.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'format' });
  });
});

describe('[NARRATIVES]: isolation', () => {
  let mine: TDetail;
  beforeAll(async () => {
    mine = await create(candidate, { title: 'Private', candidateName: 'Pat Lee', text: PACKAGE_2025 });
  });

  it('another candidate, an executive and agency HR of the same agency get 403; an OPM administrator reads it', async () => {
    for (const who of [otherCandidate, executive, hr]) {
      for (const path of ['', '/versions', '/versions/1', '/analysis', '/export?format=pdf']) {
        const response = await call('GET', `/api/narratives/${mine.id}${path}`, who);
        expect(response.statusCode, `${who.user.roles.join()} ${path}`).toBe(403);
        expect(response.json()).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
      }
    }
    const hrRefusal = await call('GET', `/api/narratives/${mine.id}`, hr);
    expect(hrRefusal.json<{ message: string }>().message).toContain('shared with a QRB case');
    for (const path of ['', '/versions', '/versions/1', '/analysis', '/export?format=docx']) {
      expect((await call('GET', `/api/narratives/${mine.id}${path}`, admin)).statusCode, path).toBe(200);
    }
  });

  it('only the owner writes: others get 403 and nothing changes', async () => {
    const versions = await countNarrativeVersions(t.handle.db);
    const packages = await countNarrativePackages(t.handle.db);
    for (const who of [otherCandidate, executive]) {
      const save = await call('PUT', `/api/narratives/${mine.id}`, who, { text: 'Hijacked', version: mine.version });
      expect(save.statusCode).toBe(403);
      const migrate = await call('POST', `/api/narratives/${mine.id}/migrate`, who, { to: 'ecq-2025-may' });
      expect(migrate.statusCode).toBe(403);
      const imported = await call('POST', `/api/narratives/${mine.id}/import`, who, {
        filename: 'x.txt',
        contentBase64: Buffer.from('Hijacked').toString('base64'),
        version: mine.version,
      });
      expect(imported.statusCode).toBe(403);
    }
    for (const who of [admin, hr]) {
      expect((await call('PUT', `/api/narratives/${mine.id}`, who, { text: 'Hijacked', version: mine.version })).statusCode).toBe(403);
    }
    expect(await countNarrativeVersions(t.handle.db)).toBe(versions);
    expect(await countNarrativePackages(t.handle.db)).toBe(packages);
  });

  it('lists one\'s own packages newest first with keyset paging; OPM administrators list everyone\'s; HR is refused', async () => {
    const writer = await signedInUser(t, { roles: ['executive'] });
    const made: string[] = [];
    for (const title of ['A', 'B', 'C']) made.push((await create(writer, { title, candidateName: 'Sam Roe' })).id);
    const first = (await call('GET', '/api/narratives?limit=2', writer)).json<{ items: { id: string }[]; nextCursor: string | null }>();
    expect(first.items.map((i) => i.id)).toEqual([made[2], made[1]]);
    const second = (await call('GET', `/api/narratives?limit=2&after=${encodeURIComponent(first.nextCursor ?? '')}`, writer)).json<{
      items: { id: string }[];
      nextCursor: string | null;
    }>();
    expect(second).toEqual({ items: [expect.objectContaining({ id: made[0] })], nextCursor: null });

    const others = (await call('GET', '/api/narratives?limit=200', otherCandidate)).json<{ items: { ownerUserId: string }[] }>();
    expect(others.items.every((i) => i.ownerUserId === otherCandidate.user.id)).toBe(true);
    const spying = await call('GET', `/api/narratives?ownerUserId=${writer.user.id}`, otherCandidate);
    expect(spying.statusCode).toBe(403);
    const all = (await call('GET', `/api/narratives?ownerUserId=${writer.user.id}`, admin)).json<{ items: { id: string }[] }>();
    expect(all.items.map((i) => i.id)).toEqual([made[2], made[1], made[0]]);
    const refused = await call('GET', '/api/narratives', hr);
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ message: string }>().message).toContain('shared with a QRB case');
    const badCursor = await call('GET', '/api/narratives?after=nonsense', writer);
    expect(badCursor.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'after' });
  });

  it('analyzes a pasted text for any signed-in user without storing or auditing anything', async () => {
    const counts = async () => [await countNarrativePackages(t.handle.db), await countNarrativeVersions(t.handle.db), await countAuditEvents(t.handle.db)];
    const before = await counts();
    const response = await call('POST', '/api/analyze', hr, { text: PACKAGE_2006, modelId: 'ecq-2006' });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json<{ modelId: string; coverage: { fundamentals: unknown[] }; pages: { status: string } }>();
    expect(report.modelId).toBe('ecq-2006');
    expect(report.coverage.fundamentals).toHaveLength(6);
    expect(report.pages.status).toBe('measured');
    expect(await counts()).toEqual(before);
    expect((await call('POST', '/api/analyze', undefined, { text: 'x' })).statusCode).toBe(401);
  });
});
