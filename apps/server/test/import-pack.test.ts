import {
  BUILT_IN_CROSSWALKS,
  ECQ_2025_PACK,
  exportCrosswalkToCase,
  exportPackToCase,
  serializeCasePackage,
  type TCfPackage,
} from '@ecq/core';
import { countAuditEvents, listAuditEvents, listPolicyPackRows } from '@ecq/db';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { createPackRegistry } from '../src/packs/pack-registry';
import { ZImportPolicyPackResponse, ZModelListResponse } from '../src/presenters/model';
import { importPolicyPack } from '../src/use-cases/import-policy-pack';
import { freshCasePackage, freshPolicyPack } from './case-fixtures';
import { createTestApp, signedInUser, type TestApp, type TSignedIn } from './harness';

const IMPORT_URL = '/api/models/import';

let t: TestApp;
let admin: TSignedIn;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInUser(t, { roles: ['opm_admin'], agencyId: null });
});
afterAll(async () => t.close());

function importAs(who: TSignedIn | undefined, payload: unknown): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'POST',
    url: IMPORT_URL,
    headers: { ...(who?.headers ?? {}), 'content-type': 'application/json' },
    payload: typeof payload === 'string' ? payload : JSON.stringify({ casePackage: payload }),
  });
}

const get = (url: string): Promise<LightMyRequestResponse> => t.app.inject({ method: 'GET', url });

/** What an import may write: pack rows and audit events. */
async function writtenCounts(): Promise<{ packs: number; events: number }> {
  return { packs: (await listPolicyPackRows(t.handle.db)).length, events: await countAuditEvents(t.handle.db) };
}

/** A JSON copy of a package that a test may break. */
const editable = (pkg: TCfPackage): Record<string, unknown> & { CFItems: Record<string, unknown>[] } =>
  JSON.parse(JSON.stringify(pkg)) as Record<string, unknown> & { CFItems: Record<string, unknown>[] };

describe('[IMPORT] POST /api/models/import', () => {
  it('imports a framework: 201 with the summary, listed, served by the CASE API at once, and audited', async () => {
    const pack = freshPolicyPack({ ecqs: 3, subsPerEcq: 4 });
    const casePackage = exportPackToCase(pack);
    const response = await importAs(admin, casePackage);
    expect(response.statusCode, response.body).toBe(201);
    const body = ZImportPolicyPackResponse.parse(response.json());
    expect(body.summary).toEqual({
      id: pack.id,
      modelId: pack.model.id,
      modelUuid: pack.model.uuid,
      title: pack.model.title,
      version: '1',
      caseVersion: '1.1',
      ecqs: 3,
      subCompetencies: 12,
      fundamentals: 0,
      associations: 15,
    });
    expect(body.warnings).toEqual([]);

    const models = ZModelListResponse.parse((await get('/api/models')).json());
    expect(models.models.find((m) => m.id === pack.id)).toMatchObject({ origin: 'imported', counts: { ecqs: 3, subCompetencies: 12 } });
    const model = await get(`/api/models/${pack.id}`);
    expect(model.statusCode, model.body).toBe(200);
    expect(model.json().items).toHaveLength(15);

    const v1p1 = await get(`/ims/case/v1p1/CFPackages/${pack.model.uuid}`);
    expect(v1p1.statusCode, v1p1.body).toBe(200);
    expect(v1p1.body).toBe(serializeCasePackage(casePackage));
    const v1p0 = await get(`/ims/case/v1p0/CFPackages/${pack.model.uuid}`);
    expect(v1p0.body).toBe(serializeCasePackage(exportPackToCase(pack, { caseVersion: '1.0' })));
    const documents = await get('/ims/case/v1p1/CFDocuments');
    expect(documents.json().CFDocuments.map((d: { identifier: string }) => d.identifier)).toContain(pack.model.uuid);
    const item = await get(`/ims/case/v1p1/CFItems/${pack.model.items[1]!.id}`);
    expect(item.json()).toMatchObject({ fullStatement: pack.model.items[1]!.name, CFDocumentURI: { identifier: pack.model.uuid } });

    const [row] = (await listPolicyPackRows(t.handle.db)).filter((r) => r.id === pack.id);
    expect(row).toMatchObject({ origin: 'imported', modelUuid: pack.model.uuid, createdBy: admin.user.id });
    const events = await listAuditEvents(t.handle.db, { action: 'policy_pack.imported', entityId: pack.id, limit: 5 });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorUserId: admin.user.id, entityType: 'policy_pack', agencyId: null, after: body.summary });
    expect(events[0]?.requestId).toBe(response.headers['x-request-id']);
  });

  it('imports a CASE 1.0 framework, warning that it does not say where its content comes from', async () => {
    const response = await importAs(admin, freshCasePackage('1.0'));
    expect(response.statusCode, response.body).toBe(201);
    const body = ZImportPolicyPackResponse.parse(response.json());
    expect(body.summary.caseVersion).toBe('1.0');
    expect(body.warnings.map((w) => w.path)).toContain('$.CFDocument');
  });

  it('answers 409 naming id for a pack id or model UUID already present, built-in ones included, writing nothing', async () => {
    const pack = freshPolicyPack();
    expect((await importAs(admin, exportPackToCase(pack))).statusCode).toBe(201);
    const before = await writtenCounts();

    const again = await importAs(admin, exportPackToCase(pack));
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json()).toMatchObject({ code: 'CONFLICT', field: 'id' });

    const sameUuid = editable(exportPackToCase(pack));
    (sameUuid.CFDocument as { extensions: { ecqWorkbench: { modelId: string } } }).extensions.ecqWorkbench.modelId = `${pack.id}-renamed`;
    const uuidTaken = await importAs(admin, sameUuid);
    expect(uuidTaken.statusCode, uuidTaken.body).toBe(409);
    expect(uuidTaken.json()).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(uuidTaken.json().message).toContain(pack.model.uuid);

    // The table of this test database holds no built-in rows: the built-in packs are checked in code.
    const builtIn = await importAs(admin, exportPackToCase(ECQ_2025_PACK));
    expect(builtIn.statusCode, builtIn.body).toBe(409);
    expect(builtIn.json()).toMatchObject({ code: 'CONFLICT', field: 'id' });

    expect(await writtenCounts()).toEqual(before);
  });

  it('answers 422 INVALID_CASE_PACKAGE with every problem at its path, and writes nothing', async () => {
    const before = await writtenCounts();
    const broken = editable(freshCasePackage());
    broken.CFItems[0]!.identifier = 'not-a-uuid';
    delete broken.CFItems[1]!.fullStatement;
    const response = await importAs(admin, broken);
    expect(response.statusCode, response.body).toBe(422);
    const body = response.json();
    expect(body).toMatchObject({ code: 'INVALID_CASE_PACKAGE', field: 'casePackage' });
    expect(body.message).toMatch(/^casePackage: /);
    expect(body.problems).toEqual(
      expect.arrayContaining([
        { path: '$.CFItems[0].identifier', message: expect.any(String) },
        { path: '$.CFItems[1].fullStatement', message: 'is required' },
      ]),
    );
    for (const problem of body.problems) expect(Object.keys(problem).sort()).toEqual(['message', 'path']);

    for (const payload of [{}, { hello: 'world' }, { CFDocument: null }]) {
      const other = await importAs(admin, payload);
      expect(other.statusCode, other.body).toBe(422);
      expect(other.json()).toMatchObject({ code: 'INVALID_CASE_PACKAGE', field: 'casePackage' });
    }
    expect(await writtenCounts()).toEqual(before);
  });

  it('answers 422 naming casePackage for a crosswalk package', async () => {
    const before = await writtenCounts();
    const response = await importAs(admin, exportCrosswalkToCase(BUILT_IN_CROSSWALKS[0]!));
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json()).toMatchObject({ code: 'INVALID_CASE_PACKAGE', field: 'casePackage' });
    expect(response.json().message).toContain('crosswalk');
    expect(await writtenCounts()).toEqual(before);
  });

  it('refuses anyone but an OPM administrator (403), and nobody signed in (401)', async () => {
    const before = await writtenCounts();
    for (const role of ['agency_hr', 'candidate', 'qrb_member'] as const) {
      const user = await signedInUser(t, { roles: [role] });
      const response = await importAs(user, freshCasePackage());
      expect(response.statusCode, role).toBe(403);
      expect(response.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
    const anonymous = await importAs(undefined, freshCasePackage());
    expect(anonymous.statusCode).toBe(401);
    expect((await writtenCounts()).packs).toBe(before.packs);
  });

  it('answers 413 for a body over 10 MiB, and accepts a large framework under it', async () => {
    const before = await writtenCounts();
    const huge = JSON.stringify({ CFDocument: {}, padding: 'x'.repeat(11 * 1024 * 1024) });
    const response = await importAs(admin, huge);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'body' });
    expect(await writtenCounts()).toEqual(before);

    // Larger than the server's default 1 MiB body limit.
    const large = exportPackToCase(freshPolicyPack({ ecqs: 30, subsPerEcq: 40 }));
    expect(JSON.stringify(large).length).toBeGreaterThan(1024 * 1024);
    const accepted = await importAs(admin, large);
    expect(accepted.statusCode, accepted.body.slice(0, 300)).toBe(201);
  });
});

describe('[IMPORT] other instances and the command line', () => {
  it('another instance sees an import once its cache TTL has run out, not before', async () => {
    let clock = 0;
    const registry = createPackRegistry({
      db: t.handle.db,
      config: { follow: [], packCacheTtlMs: 5_000 },
      monotonicNow: () => clock,
    });
    const before = await registry.current();
    const pack = freshPolicyPack();
    expect((await importAs(admin, exportPackToCase(pack))).statusCode).toBe(201);

    clock += 4_999;
    const cached = await registry.current();
    expect(cached).toBe(before);
    expect(cached.packs.some((p) => p.id === pack.id)).toBe(false);

    clock += 1;
    const refreshed = await registry.current();
    expect(refreshed.packs.some((p) => p.id === pack.id)).toBe(true);
    expect(refreshed.caseCatalog('1.1').textOf('CFPackages', pack.model.uuid)).toBe(serializeCasePackage(exportPackToCase(pack)));
    // Packs that did not change are reused, not read from their CASE package again.
    for (const kept of before.packs) expect(refreshed.packs).toContain(kept);

    // Nothing changed since: the next check keeps the same snapshot.
    clock += 5_000;
    expect(await registry.current()).toBe(refreshed);
  });

  it('an instance with a zero TTL sees another instance\'s import on its next request', async () => {
    const other = await buildApp({ db: t.handle.db, config: { ...t.config, packCacheTtlMs: 0 } });
    await other.ready();
    try {
      const pack = freshPolicyPack();
      expect((await importAs(admin, exportPackToCase(pack))).statusCode).toBe(201);
      const response = await other.inject({ method: 'GET', url: `/ims/case/v1p0/CFDocuments/${pack.model.uuid}` });
      expect(response.statusCode, response.body).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('the use case imports for the command line too, with no actor, audited as such', async () => {
    const pack = freshPolicyPack();
    const result = await importPolicyPack(t.handle.db, { casePackage: serializeCasePackage(exportPackToCase(pack)), actorUserId: null, requestId: null });
    expect(result.summary.id).toBe(pack.id);
    const [event] = await listAuditEvents(t.handle.db, { action: 'policy_pack.imported', entityId: pack.id, limit: 5 });
    expect(event).toMatchObject({ actorUserId: null, requestId: null });
  });
});
