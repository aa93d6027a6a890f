import { describe, expect, it, vi } from 'vitest';
import { analyzeNarrative } from '../narrative/analyze-narrative';
import { corpusText, goodPackage, GOOD_2025_SECTIONS } from '../narrative/testing/sample-package';
import { ECQ_2006 } from '../policy/packs';
import { checkCaseSubmission, type TCaseBasisClaim, type TCheckCaseSubmissionRequest } from './check-case-submission';
import { action2025, analyzeWith, d, GOOD_2025_PACKAGE, PACKAGE_2006 } from './testing/qrb-fixtures';

const ON = d('2025-11-01');
const CERTIFIED = { certifiedBy: 'Jane Roe, Appointing Authority', certifiedOn: '2025-10-01' };
const claimA = (text: string, declaredModelId?: string): TCaseBasisClaim => ({
  basis: 'A',
  narrative: { analysis: analyzeWith(text), ...(declaredModelId === undefined ? {} : { declaredModelId }) },
});

function check(overrides: Partial<TCheckCaseSubmissionRequest> = {}) {
  return checkCaseSubmission({ action: action2025(), claims: [claimA(GOOD_2025_PACKAGE)], certification: CERTIFIED, on: ON, ...overrides });
}
const codes = (result: ReturnType<typeof checkCaseSubmission>) => result.blockers.map((b) => b.code);

describe('checkCaseSubmission: criterion A', () => {
  it('lets a complete 2025 package through, analysed under the action\'s model and limits', () => {
    const analysis = vi.fn(analyzeWith(GOOD_2025_PACKAGE));
    const action = action2025({ narrativeLimits: { maxPagesPerEcq: 1 } });
    const result = checkCaseSubmission({ action, claims: [{ basis: 'A', narrative: { analysis } }], certification: CERTIFIED, on: ON });
    expect(result).toMatchObject({ canSubmit: true, basis: 'A', blockers: [], warnings: [], checkedOn: ON, dueOn: '2025-12-14' });
    expect(analysis).toHaveBeenCalledOnce();
    expect(analysis.mock.calls[0]![0].model.id).toBe('ecq-2025');
    expect(analysis.mock.calls[0]![0].limits.maxPagesPerEcq).toBe(1);
    expect(result.report?.modelId).toBe('ecq-2025');
  });

  it('blocks a 2006-model package on a 2025 action, naming the crosswalk for a migration draft', () => {
    const result = check({ claims: [claimA(PACKAGE_2006)] });
    expect(result.canSubmit).toBe(false);
    expect(codes(result)).toEqual(['package-model-mismatch']);
    const [blocker] = result.blockers;
    expect(blocker!.migration).toEqual({ fromModelId: 'ecq-2006', toModelId: 'ecq-2025', crosswalkId: 'ecq-2006--ecq-2025' });
    expect(blocker!.message).toBe(
      'The package is written for Executive Core Qualifications (2006) (its headings "Results Driven", "Business Acumen" are that model\'s); ' +
        'this action, initiated on 2025-08-01, requires Executive Core Qualifications (January 2025). ' +
        'Draft a migration with Crosswalk: ECQ 2006 to ECQ January 2025 (ecq-2006--ecq-2025) for the candidate to rework.',
    );
    expect(blocker!.source).toMatchObject({ policyRef: 'POLICY.md §1; seed 002_6f8f119a526f1237.txt', confidence: 'high' });
  });

  it('blocks a package whose file names another model even when its headings are shared by both', () => {
    const shared = ['Leading Change', 'Leading People', 'Building Coalitions'];
    const text = GOOD_2025_SECTIONS.filter(([heading]) => shared.some((s) => heading.endsWith(s))).map(([h, id]) => `${h}\n\n${corpusText(id)}`).join('\n\n');
    const result = check({ claims: [claimA(text, 'ecq-2006')] });
    expect(result.blockers.find((b) => b.code === 'package-model-mismatch')?.message).toContain('(as the package file states)');
  });

  it('blocks a 2025 package on an action initiated before 2025-07-01, with no crosswalk to offer', () => {
    const action = action2025({ initiatedOn: '2025-06-30' });
    const result = check({ action, claims: [claimA(GOOD_2025_PACKAGE)] });
    const blocker = result.blockers.find((b) => b.code === 'package-model-mismatch');
    expect(blocker?.migration).toEqual({ fromModelId: 'ecq-2025', toModelId: 'ecq-2006', crosswalkId: undefined });
    expect(blocker?.message).toContain('No crosswalk leads from Executive Core Qualifications (January 2025) to it');
  });

  it('blocks on each missing ECQ and on pages over the total limit', () => {
    const twoEcqs = goodPackage(GOOD_2025_SECTIONS.slice(0, 2));
    const result = check({ claims: [claimA(twoEcqs)] });
    expect(result.blockers.filter((b) => b.code === 'ecq-missing').map((b) => b.ecqCode)).toEqual(['DR', 'AOS', 'BC']);
    const tight = check({ action: action2025({ narrativeLimits: { maxTotalPages: 2, maxPagesPerEcq: 2 } }) });
    expect(codes(tight)).toEqual(['pages-over-limit']);
    expect(tight.blockers[0]!.message).toMatch(/^The package takes 3 pages .*; the limit is 2 pages\./);
  });

  it('blocks per-ECQ pages over a limit the action states, and only warns on the default "about 2 pages"', () => {
    const stated = check({ action: action2025({ narrativeLimits: { maxPagesPerEcq: 0.3 } }) });
    expect(stated.blockers.map((b) => [b.code, b.ecqCode])).toEqual([
      ['ecq-pages-over-limit', 'LC'],
      ['ecq-pages-over-limit', 'LP'],
      ['ecq-pages-over-limit', 'DR'],
      ['ecq-pages-over-limit', 'AOS'],
      ['ecq-pages-over-limit', 'BC'],
    ]);
    expect(stated.blockers[0]!.source).toMatchObject({ policyRef: 'POLICY.md §3', confidence: 'high' });
    const lcExamples = [1, 2, 3, 4, 1, 2, 3, 4].map((n) => corpusText(`c25-lc-${n}`)).join('\n\n');
    const longLc = `ECQ 1: Leading Change\n\n${lcExamples}\n\n${goodPackage(GOOD_2025_SECTIONS.slice(1))}`;
    const unstated = check({ claims: [claimA(longLc)] });
    expect(unstated.report?.pages.status === 'measured' && unstated.report.pages.byEcq[0]!.pages).toBeGreaterThan(2);
    const warned = unstated.warnings.filter((w) => w.code === 'ecq-pages-over-limit');
    expect(warned.map((w) => w.ecqCode)).toEqual(['LC']);
    expect(unstated.blockers.filter((b) => b.code === 'ecq-pages-over-limit')).toEqual([]);
  });

  it('warns when pages could not be measured', () => {
    const result = check({ claims: [{ basis: 'A', narrative: { analysis: (o) => analyzeNarrative(GOOD_2025_PACKAGE, { ...o, today: ON }) } }] });
    expect(result.canSubmit).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(['pages-not-measured']);
  });

  it('blocks an analysis made under another model or other limits', () => {
    const under2006 = analyzeWith(GOOD_2025_PACKAGE)({ model: ECQ_2006, limits: action2025().narrativeLimits });
    expect(codes(check({ claims: [{ basis: 'A', narrative: { analysis: under2006 } }] }))).toEqual(['analysis-mismatch']);
    const report = analyzeWith(GOOD_2025_PACKAGE)({ model: action2025().policy.pack.model, limits: action2025().narrativeLimits });
    expect(codes(check({ action: action2025({ narrativeLimits: { maxPagesPerEcq: 1 } }), claims: [{ basis: 'A', narrative: { analysis: report } }] }))).toEqual(['analysis-mismatch']);
  });

  it('needs the narrative under narrative methods, and the resume (not narratives) under a resume-based action', () => {
    expect(codes(check({ claims: [{ basis: 'A' }] }))).toEqual(['narrative-missing']);
    const resumeBased = action2025({ applicationMethod: 'resume_based' });
    expect(codes(check({ action: resumeBased, claims: [{ basis: 'A' }] }))).toEqual(['resume-missing']);
    expect(check({ action: resumeBased, claims: [{ basis: 'A' }], resume: 'resume.pdf' }).canSubmit).toBe(true);
  });
});

describe('checkCaseSubmission: basis, certification, due date (POLICY.md §2)', () => {
  it('needs exactly one basis', () => {
    expect(codes(check({ claims: [] }))).toEqual(['basis-missing']);
    const both = check({ claims: [claimA(GOOD_2025_PACKAGE), { basis: 'C', uniqueQualifications: 'x' }] });
    expect(codes(both)).toEqual(['basis-multiple']);
    expect(both.basis).toBeUndefined();
    expect(both.blockers[0]!.message).toBe('A case rests on exactly one basis; this one claims A, C. Keep one.');
  });

  it('needs the CDP program and certificate for B, the statement for C', () => {
    expect(codes(check({ claims: [{ basis: 'B', cdpProgram: ' ' }] }))).toEqual(['cdp-program-missing', 'cdp-certificate-missing']);
    expect(check({ claims: [{ basis: 'B', cdpProgram: 'Interagency CDP', cdpCertificate: 'cert.pdf' }] }).canSubmit).toBe(true);
    expect(codes(check({ claims: [{ basis: 'C' }] }))).toEqual(['unique-qualifications-missing']);
    expect(check({ claims: [{ basis: 'C', uniqueQualifications: 'A rare scientific standing.' }] }).canSubmit).toBe(true);
  });

  it('needs the appointing authority\'s certification (5 CFR 317.502)', () => {
    const result = check({ certification: undefined });
    expect(result.blockers).toEqual([expect.objectContaining({ code: 'certification-missing', field: 'certification', source: expect.objectContaining({ confidence: 'high' }) })]);
    expect(codes(check({ certification: { certifiedBy: '', certifiedOn: '2025-10-01' } }))).toEqual(['certification-missing']);
  });

  it('blocks once the due date has passed, 90 days after the announcement closed; a deployment may only warn', () => {
    expect(check({ on: '2025-12-14', claims: [{ basis: 'C', uniqueQualifications: 'x' }] }).canSubmit).toBe(true);
    const late = check({ on: '2025-12-15', claims: [{ basis: 'C', uniqueQualifications: 'x' }] });
    expect(late.blockers).toEqual([
      expect.objectContaining({ code: 'due-date-passed', message: 'The case was due on 2025-12-14 (90 days after the announcement closed); on 2025-12-15 it is 1 day late.' }),
    ]);
    const warned = check({ on: '2025-12-15', claims: [{ basis: 'C', uniqueQualifications: 'x' }], settings: { deadlineEnforcement: 'warn' } });
    expect(warned.canSubmit).toBe(true);
    expect(warned.warnings.map((w) => w.code)).toEqual(['due-date-passed']);
  });

  it('uses a resubmission\'s own due date instead of the case\'s', () => {
    const result = check({ on: '2026-01-10', resubmission: { disapprovedOn: '2025-11-10', dueOn: '2026-01-09' }, claims: [{ basis: 'C', uniqueQualifications: 'x' }] });
    expect(result.dueOn).toBe('2026-01-09');
    expect(result.blockers[0]!.message).toBe('The case was due on 2026-01-09 (60 days after the disapproval); on 2026-01-10 it is 1 day late.');
  });

  it('lists every blocker at once, not only the first', () => {
    const result = check({ claims: [{ basis: 'B' }], certification: undefined, on: '2026-01-01' });
    expect(codes(result)).toEqual(['cdp-program-missing', 'cdp-certificate-missing', 'certification-missing', 'due-date-passed']);
    expect(result.blockers.every((b) => b.message.length > 0 && b.source.policyRef.startsWith('POLICY.md'))).toBe(true);
  });
});
