import type { TCue } from './types';

/**
 * Cue sets for results and resources competencies, written by ECQ Workbench (POLICY.md §1, §3; low
 * confidence: OPM published no word lists).
 */

export const ACCOUNTABILITY_CUES: readonly TCue[] = [
  ['accountab*', 2.5], ['performance measure*', 2], ['metric*', 1.5], ['KPI*', 2], ['dashboard*', 1], ['track*', 1],
  ['milestone*', 1.5], ['deadline*', 1], ['on time', 1], ['on schedule', 1.5], ['audit*', 1.5], ['findings', 1],
  ['corrective action*', 2.5], ['compliance', 1], ['oversight', 1], ['performance standards', 2], ['performance plan*', 2],
  ['hold* ~ accountable', 3], ['held ~ accountable', 3], ['ownership', 1], ['responsib*', 1], ['weekly ~ review*', 1.5],
  ['status review*', 1.5], ['scorecard*', 2], ['quality control', 1.5], ['quality assurance', 1.5], ['poor perform*', 2.5],
  ['performance improvement plan', 3], ['commitments', 1], ['deliverables', 1], ['targets', 1.5], ['follow through', 2],
  ['progress reviews', 2], ['reported progress', 1.5], ['standards', 0.5], ['owner*', 1], ['due dates', 1.5],
];

export const CUSTOMER_SERVICE_CUES: readonly TCue[] = [
  ['customer*', 2.5], ['beneficiar*', 1.5], ['claimant*', 1.5], ['taxpayer*', 1], ['the public', 1], ['citizen*', 1],
  ['users', 1], ['satisfaction', 2], ['wait time*', 2.5], ['hold time*', 2.5], ['call center', 2], ['contact center', 2],
  ['service', 1], ['services', 0.5], ['responsive*', 1.5], ['customer experience', 3], ['CX', 2], ['human centered', 1],
  ['complaint*', 1], ['needs', 0.5], ['help desk', 1.5], ['applicants', 0.5], ['turnaround', 1], ['processing time*', 1.5],
  ['focus group*', 1.5], ['journey map*', 2.5], ['net promoter', 2.5], ['callers', 2], ['veterans', 0.5],
  ['survivors', 1], ['families', 1], ['members of the public', 2], ['front line', 1], ['frontline', 1], ['walk in', 1.5],
  ['served', 0.5], ['clients', 2], ['end users', 2], ['program offices', 1], ['internal customers', 3],
];

export const DECISIVENESS_CUES: readonly TCue[] = [
  ['decid*', 2], ['decision*', 1.5], ['decisive*', 3], ['made the call', 3], ['made the decision', 3], ['I decided', 3],
  ['limited ~ information', 2.5], ['incomplete ~ information', 2.5], ['incomplete data', 2.5], ['ambigu*', 1],
  ['uncertain*', 1], ['within hours', 1.5], ['same day', 1], ['immediately', 1], ['timely', 1], ['tough ~ call', 2.5],
  ['difficult decision', 3], ['authoriz*', 1.5], ['halt*', 1.5], ['stop work', 2], ['suspend*', 1.5], ['shut down', 1],
  ['unpopular', 2], ['rather than wait*', 2.5], ['could not wait', 2.5], ['go no go', 3], ['weighed', 1.5],
  ['options', 1], ['chose', 2], ['choice', 1.5], ['committed to', 1], ['directed', 1], ['ordered', 1], ['canceled', 1.5],
  ['cancelled', 1.5], ['terminat*', 1], ['risk of ~ waiting', 2.5], ['judgment call', 3], ['recommendation*', 0.5],
];

export const PROBLEM_SOLVING_CUES: readonly TCue[] = [
  ['root cause*', 2.5], ['analy*', 1], ['diagnos*', 2], ['troubleshoot*', 2.5], ['identified ~ cause*', 2.5],
  ['problem*', 1], ['solution*', 1.5], ['solv*', 1.5], ['alternatives', 1.5], ['options', 1], ['investigat*', 1.5],
  ['fishbone', 3], ['five whys', 3], ['lean', 1.5], ['six sigma', 2], ['hypothes*', 1.5], ['workaround*', 2],
  ['fix*', 1], ['resolved', 1], ['issue*', 0.5], ['pinpoint*', 2], ['underlying', 2], ['defect*', 1.5],
  ['error rate*', 1.5], ['errors', 1], ['gap analysis', 2], ['evaluated ~ options', 2], ['traced', 2],
  ['broke ~ down', 1.5], ['causes', 1.5], ['why', 1], ['examined', 1.5], ['discovered', 1.5], ['found that', 1.5],
  ['tested', 1], ['failure points', 2.5], ['bottleneck*', 1], ['backlog*', 0.5], ['contributing factors', 2.5],
];

export const DATA_LITERACY_CUES: readonly TCue[] = [
  ['data', 1.5], ['dataset*', 2.5], ['data driven', 2.5], ['analytics', 2.5], ['dashboard*', 2], ['statistic*', 2],
  ['regression', 3], ['predictive', 2.5], ['machine learning', 3], ['artificial intelligence', 3], ['AI', 2],
  ['algorithm*', 2.5], ['data quality', 2.5], ['data governance', 3], ['visualiz*', 2.5], ['Tableau', 2.5],
  ['Power BI', 2.5], ['SQL', 2.5], ['Python', 2], ['evidence based', 2], ['trend*', 0.5], ['correlat*', 2.5],
  ['sample*', 1.5], ['baseline', 1.5], ['bias*', 1.5], ['privacy', 1], ['analyst*', 1.5], ['data scientist*', 3],
  ['chief data officer', 3], ['interpret*', 1.5], ['quantif*', 1.5], ['spreadsheet*', 1.5], ['geospatial', 2],
  ['metrics', 1], ['records', 0.5], ['model*', 0.5], ['validat*', 1], ['outlier*', 2.5], ['variance', 1.5],
  ['data sets', 2.5], ['data call', 2], ['descriptive', 1.5], ['large language model*', 3], ['responsible use', 2],
];

export const TECHNICAL_CREDIBILITY_CUES: readonly TCue[] = [
  ['technical', 1.5], ['expertise', 2], ['expert*', 1.5], ['subject matter', 2], ['engineer*', 1.5], ['scientific', 2],
  ['scien*', 1], ['certified', 1.5], ['licensed', 1], ['credential*', 1.5], ['professional judgment', 2.5],
  ['technical knowledge', 3], ['specialist', 1.5], ['methodolog*', 1.5], ['peer review*', 2.5], ['codes', 1],
  ['specifications', 1.5], ['years of experience', 2], ['my background', 2], ['my experience as', 2],
  ['technical credibility', 3], ['technical review*', 2.5], ['published', 1.5], ['authored', 1], ['principles', 1],
  ['my knowledge of', 2.5], ['drawing on my', 2.5], ['deep knowledge', 2.5], ['technical authority', 3],
  ['accredit*', 1.5], ['regulatory requirements', 1.5], ['standards', 0.5], ['design review*', 2], ['calculations', 2],
  ['modeling', 1], ['epidemiolog*', 2], ['actuarial', 2], ['legal analysis', 2], ['my training as', 2.5],
];

export const FISCAL_CUES: readonly TCue[] = [
  ['budget*', 2.5], ['funding', 1.5], ['funds', 1.5], ['funded', 1], ['appropriat*', 2], ['obligat*', 2], ['spend*', 1.5],
  ['cost*', 1.5], ['cost savings', 2.5], ['savings', 1.5], ['saved', 1], ['million', 0.5], ['$', 0.5], ['fiscal', 2],
  ['financial*', 2], ['expenditure*', 2], ['reprogram*', 2.5], ['antideficiency', 3], ['anti deficiency', 3],
  ['continuing resolution', 2.5], ['budget justification*', 3], ['spend plan*', 3], ['contract*', 1], ['procurement', 1.5],
  ['acquisition*', 1], ['unliquidated', 3], ['cost benefit', 2], ['return on investment', 2.5], ['ROI', 2],
  ['overrun*', 2], ['under budget', 2.5], ['allotment*', 2], ['execution', 0.5], ['congressional justification', 2.5],
  ['improper payment*', 2.5], ['purchase card*', 2], ['reimburs*', 1.5], ['fees', 1], ['revenue', 1.5], ['shortfall', 2],
  ['accounting', 2], ['invoice*', 2], ['year end', 1.5], ['lapse', 1.5], ['operating plan', 2], ['resources', 0.5],
];

export const TECHNOLOGY_CUES: readonly TCue[] = [
  ['technolog*', 2], ['software', 2], ['cloud', 2.5], ['cyber*', 2.5], ['automat*', 2], ['digit*', 2], ['moderniz*', 1.5],
  ['legacy', 2], ['platform*', 1.5], ['IT', 2], ['AI', 1], ['mobile', 1.5], ['app', 1.5], ['website', 1.5], ['portal', 2],
  ['online', 1.5], ['electronic*', 1.5], ['robotic process automation', 3], ['bots', 1.5], ['zero trust', 3],
  ['infrastructure', 1], ['case management system', 2.5], ['data center*', 2], ['servers', 2], ['DevSecOps', 3],
  ['user acceptance', 2.5], ['CIO', 2], ['chief information officer', 2.5], ['authority to operate', 3], ['FedRAMP', 3],
  ['vendor*', 1], ['emerging technolog*', 3], ['telecommunication*', 2], ['system*', 0.5], ['tool*', 1],
  ['deployed', 1.5], ['deployment', 1.5], ['mainframe', 2.5], ['COBOL', 3], ['interface*', 1], ['application*', 0.5],
  ['e signature*', 2], ['scanning', 1.5], ['paper based', 2], ['paperless', 2.5], ['sensors', 2], ['drones', 2],
];
