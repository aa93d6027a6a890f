import { BUILT_IN_PACKS, ECQ_2006_TO_2025, ECQ_2025_PACK, newItemsOf } from '@ecq/core';
import { seedBuiltInPacks } from '@ecq/db';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import type { TServerConfig } from '../src/config';
import { ZModelListResponse, ZModelResponse } from '../src/presenters/model';
import { ZCrosswalkListResponse, ZCrosswalkResponse } from '../src/presenters/crosswalk';
import { ZPolicyAnswerResponse } from '../src/presenters/policy-answer';
import { createTestApp, type TestApp } from './harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const get = (url: string, app: FastifyInstance = t.app): Promise<LightMyRequestResponse> => app.inject({ method: 'GET', url });

/** A second app on the same database, with its own settings and a fixed "today". */
async function withApp<T>(options: { config?: Partial<TServerConfig>; today?: string }, run: (app: FastifyInstance) => Promise<T>): Promise<T> {
  const app = await buildApp({
    db: t.handle.db,
    config: { ...t.config, ...options.config },
    ...(options.today === undefined ? {} : { now: () => new Date(`${options.today}T12:00:00Z`) }),
  });
  try {
    await app.ready();
    return await run(app);
  } finally {
    await app.close();
  }
}

describe('[MODELS] GET /api/models and /api/models/:id', () => {
  it('lists every built-in pack with its origin, rules and counts (ecq-2025: 5 ECQs, 25 sub-competencies)', async () => {
    const response = await get('/api/models');
    expect(response.statusCode, response.body).toBe(200);
    const body = ZModelListResponse.parse(response.json());
    expect(body.models.map((m) => m.id)).toEqual(BUILT_IN_PACKS.map((p) => p.id));
    expect(body.models.every((m) => m.origin === 'built-in')).toBe(true);
    const ecq2025 = body.models.find((m) => m.id === 'ecq-2025');
    expect(ecq2025).toMatchObject({
      uuid: ECQ_2025_PACK.model.uuid,
      issuedOn: '2025-01-15',
      counts: { ecqs: 5, subCompetencies: 25, fundamentals: 0 },
      alternative: { group: 'ecq-2025', isDefault: true },
    });
    expect(ecq2025?.effective.find((rule) => rule.process === 'hiring')).toMatchObject({ from: '2025-07-01', source: { confidence: 'high' } });
  });

  it('gives each pack its status on the day asked (here 2025-08-01), under the deployment settings', async () => {
    await withApp({ today: '2025-08-01' }, async (app) => {
      const body = ZModelListResponse.parse((await get('/api/models', app)).json());
      expect(body.on).toBe('2025-08-01');
      const status = Object.fromEntries(body.models.map((m) => [m.id, m.status]));
      expect(status['ecq-2025']).toMatchObject({ kind: 'in-force', processes: ['hiring'], text: 'in force (hiring)' });
      expect(status['ecq-2006']).toMatchObject({ kind: 'in-force', processes: ['appraisal', 'development'] });
      expect(status['ecq-2025-may']).toMatchObject({ kind: 'not-selected', group: 'ecq-2025', chosen: 'ecq-2025' });
    });
  });

  it('returns one model with every item, by id or by model UUID', async () => {
    const response = await get('/api/models/ecq-2025');
    expect(response.statusCode, response.body).toBe(200);
    const model = ZModelResponse.parse(response.json());
    expect(model.items.filter((i) => i.kind === 'ecq')).toHaveLength(5);
    const subs = model.items.filter((i) => i.kind === 'sub');
    expect(subs).toHaveLength(25);
    const ecqCodes = new Set(model.items.filter((i) => i.kind === 'ecq').map((i) => i.code));
    expect(subs.every((s) => s.parentCode !== null && ecqCodes.has(s.parentCode))).toBe(true);
    expect(model.items[0]).toMatchObject({ code: 'LC', name: 'Leading Change', parentCode: null, position: 1, isProvisional: false });
    expect(model.items[1]).toMatchObject({ code: 'LC.1', kind: 'sub', parentCode: 'LC', position: 1 });
    expect(model.definitionsNote).toBe(ECQ_2025_PACK.model.definitionsNote);
    const byUuid = await get(`/api/models/${ECQ_2025_PACK.model.uuid}`);
    expect(byUuid.json()).toEqual(response.json());
  });

  it('answers an unknown model with 404 UNKNOWN_MODEL naming id', async () => {
    const response = await get('/api/models/ecq-1999');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'UNKNOWN_MODEL', field: 'id' });
    expect(response.json().message).toContain('ecq-2025');
  });

  it('serves the built-in packs from code once they are also stored in the table, without listing them twice', async () => {
    await seedBuiltInPacks(t.handle.db);
    await withApp({}, async (app) => {
      const body = ZModelListResponse.parse((await get('/api/models', app)).json());
      expect(body.models.map((m) => [m.id, m.origin])).toEqual(BUILT_IN_PACKS.map((p) => [p.id, 'built-in']));
    });
  });
});

describe('[MODELS] GET /api/crosswalks', () => {
  it('lists the crosswalks with their link counts', async () => {
    const response = await get('/api/crosswalks');
    expect(response.statusCode, response.body).toBe(200);
    const body = ZCrosswalkListResponse.parse(response.json());
    expect(body.crosswalks.map((c) => [c.from, c.to])).toEqual([
      ['ecq-2006', 'ecq-2025'],
      ['ecq-2025', 'ecq-2025-may'],
    ]);
    const first = body.crosswalks[0]!;
    const total = Object.values(first.linkCounts).reduce((a, b) => a + b, 0);
    expect(total).toBe(ECQ_2006_TO_2025.links.length);
  });

  it('returns every link with its kind, items, confidence and note, and the new items', async () => {
    const response = await get('/api/crosswalks/ecq-2006/ecq-2025');
    expect(response.statusCode, response.body).toBe(200);
    const body = ZCrosswalkResponse.parse(response.json());
    expect(body.links).toHaveLength(ECQ_2006_TO_2025.links.length);
    for (const link of body.links) {
      if (link.kind === 'new') expect([link.from, link.to !== null]).toEqual([null, true]);
      else if (link.kind === 'removed') expect([link.from !== null, link.to]).toEqual([true, null]);
      else expect(link.from !== null && link.to !== null).toBe(true);
    }
    expect(body.newItems.map((i) => i.code)).toEqual(newItemsOf(ECQ_2006_TO_2025).map((i) => i.code));
    expect(body.newItems.length).toBeGreaterThan(0);
  });

  it('404s unknown models (naming from/to) and pairs without a crosswalk (UNKNOWN_CROSSWALK)', async () => {
    const unknownFrom = await get('/api/crosswalks/nope/ecq-2025');
    expect(unknownFrom.statusCode).toBe(404);
    expect(unknownFrom.json()).toMatchObject({ code: 'UNKNOWN_MODEL', field: 'from' });
    const unknownTo = await get('/api/crosswalks/ecq-2006/nope');
    expect(unknownTo.json()).toMatchObject({ code: 'UNKNOWN_MODEL', field: 'to' });
    const backwards = await get('/api/crosswalks/ecq-2025/ecq-2006');
    expect(backwards.statusCode).toBe(404);
    expect(backwards.json()).toMatchObject({ code: 'UNKNOWN_CROSSWALK' });
  });
});

describe('[MODELS] GET /api/policy-for', () => {
  const answer = async (query: string, app?: FastifyInstance) => {
    const response = await get(`/api/policy-for?${query}`, app);
    expect(response.statusCode, response.body).toBe(200);
    return ZPolicyAnswerResponse.parse(response.json());
  };

  it('moves hiring to the 2025 model on 2025-07-01, not a day earlier', async () => {
    expect((await answer('process=hiring&on=2025-06-30')).packId).toBe('ecq-2006');
    const july = await answer('process=hiring&on=2025-07-01');
    expect(july).toMatchObject({ packId: 'ecq-2025', on: '2025-07-01', rule: { process: 'hiring', from: '2025-07-01' } });
    expect(july.reason).toContain('2025-07-01');
    expect(july.choice).toEqual({ group: 'ecq-2025', chosen: 'ecq-2025', others: ['ecq-2025-may'] });
  });

  it('moves appraisal on 2025-10-01', async () => {
    expect((await answer('process=appraisal&on=2025-09-30')).packId).toBe('ecq-2006');
    expect((await answer('process=appraisal&on=2025-10-01')).packId).toBe('ecq-2025');
  });

  it('answers for today when no date is given', async () => {
    await withApp({ today: '2025-07-01' }, async (app) => {
      expect(await answer('process=hiring', app)).toMatchObject({ on: '2025-07-01', packId: 'ecq-2025' });
    });
  });

  it('follows the alternative named by ECQ_FOLLOW', async () => {
    await withApp({ config: { follow: ['ecq-2025-may'] } }, async (app) => {
      const may = await answer('process=hiring&on=2025-06-01', app);
      expect(may).toMatchObject({ packId: 'ecq-2025-may', choice: { chosen: 'ecq-2025-may', others: ['ecq-2025'] } });
    });
  });

  it('rejects bad dates with 400 INVALID_DATE naming on, and unknown processes naming process', async () => {
    for (const on of ['2025-02-30', '07/01/2025', '']) {
      const response = await get(`/api/policy-for?process=hiring&on=${on}`);
      expect(response.statusCode, on).toBe(400);
      expect(response.json()).toMatchObject({ code: 'INVALID_DATE', field: 'on' });
    }
    const process = await get('/api/policy-for?process=promotion&on=2025-07-01');
    expect(process.statusCode).toBe(400);
    expect(process.json()).toMatchObject({ code: 'UNKNOWN_PROCESS', field: 'process' });
    const missing = await get('/api/policy-for?on=2025-07-01');
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'process' });
  });

  it('answers 422 NO_GOVERNING_POLICY before any model applies', async () => {
    const response = await get('/api/policy-for?process=hiring&on=2001-01-01');
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'NO_GOVERNING_POLICY', field: 'on' });
  });
});

describe('[MODELS] start-up', () => {
  it('refuses to start when ECQ_FOLLOW names an unknown pack or a pack that is not an alternative', async () => {
    for (const follow of [['ecq-1999'], ['ecq-2006'], ['ecq-2025', 'ecq-2025-may']]) {
      const app = await buildApp({ db: t.handle.db, config: { ...t.config, follow } });
      await expect(app.ready(), follow.join(',')).rejects.toThrow(/^ECQ_FOLLOW: /);
      await app.close();
    }
  });
});
