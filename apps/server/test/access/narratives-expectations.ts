import { createNarrativePackage, createUser } from '@ecq/db/testing';
import { NOBODY, SIGNED_IN_USERS, type TAccessCase, type TAccessExpectations, type TAudience, type TMatrixCaller, type TMatrixContext, type TReach } from './types';

/** Candidates and executives reach their own packages only; OPM administrators read every package. */
const OWNERS: Readonly<Record<TAudience, TReach>> = { ...NOBODY, candidate: 'own', executive: 'own' };
const OWNERS_AND_OPM: Readonly<Record<TAudience, TReach>> = { ...OWNERS, opm_admin: 'all' };
/** Agency staff are refused too: they read a snapshot a candidate shares with a QRB case, through the case (policies canReadNarrative). */
const WRITERS: Readonly<Record<TAudience, TReach>> = { ...NOBODY, candidate: 'all', executive: 'all' };
const LISTERS: Readonly<Record<TAudience, TReach>> = { ...WRITERS, opm_admin: 'all' };

const isWriter = (caller: TMatrixCaller | undefined): caller is TMatrixCaller =>
  caller !== undefined && caller.roles.some((role) => role === 'candidate' || role === 'executive');

/**
 * The package a request aims at. `own`: the caller's own when they write narratives, else a candidate's in
 * the caller's agency (so agency staff are tested against their own agency's candidates); `other`: a
 * candidate's in the other agency.
 */
async function packageFor(
  ctx: TMatrixContext,
  scope: 'own' | 'other',
  caller: TMatrixCaller | undefined,
  options: { readonly modelId?: string; readonly text?: string } = {},
) {
  const owner =
    scope === 'own' && isWriter(caller)
      ? caller
      : await createUser(ctx.db, { roles: ['candidate'], agencyId: scope === 'own' ? ctx.ownAgencyId : ctx.otherAgencyId });
  const created = await createNarrativePackage(ctx.db, { owner, ...options });
  return created.package;
}

const SAMPLE_TEXT = 'ECQ 1: Leading Change\n\nI led the redesign of our permit process, cutting review time by 40 percent.';

function readCase(path: string, expect: Readonly<Record<TAudience, TReach>> = OWNERS_AND_OPM): TAccessCase {
  return {
    async build(ctx, scope, caller) {
      const pkg = await packageFor(ctx, scope, caller, { text: SAMPLE_TEXT });
      return { url: `/api/narratives/${pkg.id}${path}` };
    },
    expect,
  };
}

/** Narrative packages and the stateless analysis (narrative-routes.ts). */
export const narrativesExpectations: TAccessExpectations = {
  'POST /api/narratives': {
    build: async () => ({ url: '/api/narratives', payload: { title: 'Matrix package', candidateName: 'Matrix Candidate', text: SAMPLE_TEXT } }),
    expect: WRITERS,
  },
  'GET /api/narratives': { build: async () => ({ url: '/api/narratives' }), expect: LISTERS },
  'GET /api/narratives/:id': readCase(''),
  'GET /api/narratives/:id/versions': readCase('/versions'),
  'GET /api/narratives/:id/versions/:number': readCase('/versions/1'),
  'GET /api/narratives/:id/analysis': readCase('/analysis'),
  'GET /api/narratives/:id/export': readCase('/export?format=pdf'),
  'PUT /api/narratives/:id': {
    async build(ctx, scope, caller) {
      const pkg = await packageFor(ctx, scope, caller);
      return { url: `/api/narratives/${pkg.id}`, payload: { text: SAMPLE_TEXT, version: pkg.version } };
    },
    expect: OWNERS,
  },
  'POST /api/narratives/:id/import': {
    async build(ctx, scope, caller) {
      const pkg = await packageFor(ctx, scope, caller);
      const contentBase64 = Buffer.from(SAMPLE_TEXT, 'utf8').toString('base64');
      return { url: `/api/narratives/${pkg.id}/import`, payload: { filename: 'draft.txt', contentBase64, version: pkg.version } };
    },
    expect: OWNERS,
  },
  'POST /api/narratives/:id/migrate': {
    async build(ctx, scope, caller) {
      const pkg = await packageFor(ctx, scope, caller, { modelId: 'ecq-2006', text: 'Results Driven\n\nI cut the backlog by half.' });
      return { url: `/api/narratives/${pkg.id}/migrate`, payload: { to: 'ecq-2025' } };
    },
    expect: OWNERS,
  },
  'POST /api/analyze': { build: async () => ({ url: '/api/analyze', payload: { text: SAMPLE_TEXT } }), expect: SIGNED_IN_USERS },
};
