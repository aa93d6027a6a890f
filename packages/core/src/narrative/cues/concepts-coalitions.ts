import type { TCue } from './types';

/**
 * Cue sets for coalition-building competencies and the 2006 fundamental competencies, written by ECQ
 * Workbench (POLICY.md §1, §3; low confidence: OPM published no word lists).
 */

export const PARTNERING_CUES: readonly TCue[] = [
  ['partner*', 2.5], ['collaborat*', 1.5], ['alliance*', 2.5], ['coalition*', 2], ['interagency', 2.5],
  ['memorandum of understanding', 3], ['memorandum of agreement', 3], ['MOU*', 3], ['MOA*', 3], ['state and local', 2],
  ['tribal', 2], ['tribes', 2], ['industry', 1], ['nonprofit*', 2], ['non profit*', 2], ['academia', 2], ['universit*', 1],
  ['network*', 1.5], ['relationships', 1.5], ['joint*', 1.5], ['shared services', 2], ['counterpart*', 2],
  ['across agencies', 2.5], ['external ~ organizations', 2], ['working relationship*', 2], ['co led', 2], ['co chair*', 2],
  ['consortium', 2.5], ['stakeholder*', 1], ['federal state', 1.5], ['agencies', 1], ['associations', 1.5],
  ['community organizations', 2.5], ['local officials', 1.5], ['cooperat*', 1.5], ['outside organizations', 2],
];

export const POLITICAL_SAVVY_CUES: readonly TCue[] = [
  ['politic*', 3], ['congress*', 2], ['capitol hill', 3], ['legislat*', 1], ['appropriations committee*', 2],
  ['oversight committee*', 2.5], ['inquir*', 1], ['member* of congress', 3], ['senator*', 2.5], ['governor*', 1.5],
  ['mayor*', 1.5], ['political appointee*', 3], ['leadership transition', 2], ['media', 1], ['press', 1], ['reporters', 1.5],
  ['headline*', 1.5], ['optics', 3], ['power dynamics', 3], ['internal politics', 3], ['competing interests', 2.5],
  ['agenda*', 2], ['interest group*', 2.5], ['advocacy group*', 2.5], ['advocates', 1.5], ['unions', 1],
  ['union leadership', 1.5], ['hearing*', 1.5], ['testimony', 2], ['testif*', 2], ['front office', 1.5],
  ['deputy secretary', 1.5], ['White House', 2], ['controvers*', 2], ['public scrutiny', 2], ['sensitivit*', 1.5],
  ['anticipated ~ reaction*', 2.5], ['key players', 2], ['decision makers', 1.5], ['staffers', 2.5], ['constituen*', 1.5],
  ['elected officials', 2.5], ['delegation*', 2], ['who ~ influence', 1.5], ['turf', 1], ['sensitive', 1], ['allies', 2], ['backing', 1.5],
];

export const INFLUENCING_CUES: readonly TCue[] = [
  ['negotiat*', 3], ['persua*', 3], ['convinc*', 2.5], ['influenc*', 2], ['consensus', 2.5], ['compromise*', 2.5],
  ['agreement', 1.5], ['win win', 3], ['common ground', 2], ['buy in', 2], ['secured ~ support', 2],
  ['secured ~ agreement', 2.5], ['won ~ support', 2.5], ['objection*', 2], ['concession*', 3], ['give and take', 3],
  ['terms', 1], ['bargain*', 2.5], ['proposal', 1], ['pitch*', 1.5], ['business case', 2], ['made the case', 2.5],
  ['brokered', 3], ['agreed', 1.5], ['signed on', 2], ['skeptic*', 2], ['resistance', 1.5], ['opposition', 1.5],
  ['opposed', 1.5], ['reluctan*', 1.5], ['won over', 3], ['trade*', 0.5], ['in exchange', 2.5], ['counterproposal', 3],
  ['framed', 1.5], ['appeal*', 1], ['endorse*', 1.5], ['sign off', 1.5], ['approval', 0.5], ['aligned', 1],
];

export const STRATEGIC_COMMUNICATION_CUES: readonly TCue[] = [
  ['communicat*', 2], ['communication* plan', 3], ['messag*', 2.5], ['talking points', 3], ['town hall*', 2],
  ['briefing*', 1.5], ['brief*', 1], ['presentation*', 1.5], ['speech*', 2], ['spoke', 1.5], ['wrote', 1.5],
  ['newsletter*', 2], ['press release*', 2.5], ['social media', 2.5], ['outreach', 1.5], ['audience*', 2.5],
  ['plain language', 3], ['fact sheet*', 2.5], ['FAQ*', 2], ['op ed', 2.5], ['public affairs', 2.5], ['webinar*', 2],
  ['tailored', 1.5], ['explained', 1.5], ['consistent message', 3], ['media', 1], ['storytelling', 2.5], ['website', 0.5],
  ['campaign', 1.5], ['announce*', 1.5], ['key messages', 3], ['video*', 1.5], ['letters', 1], ['inform*', 0.5],
];

export const ORAL_COMMUNICATION_CUES: readonly TCue[] = [
  ['presented', 1.5], ['presentation*', 2], ['spoke', 2], ['speech*', 2.5], ['briefed', 2], ['briefing*', 2],
  ['town hall*', 2], ['testified', 2.5], ['public meeting*', 2], ['listening session*', 2], ['facilitated', 1],
  ['oral*', 2.5], ['verbal*', 2], ['conversation*', 1], ['answered questions', 2], ['keynote', 2.5], ['panel', 1.5],
  ['webinar*', 1.5], ['explained', 1], ['in person', 1], ['addressed', 1],
];

export const WRITTEN_COMMUNICATION_CUES: readonly TCue[] = [
  ['wrote', 2.5], ['written', 2], ['writ*', 1.5], ['drafted', 2.5], ['authored', 2.5], ['report', 0.5], ['memo*', 1.5],
  ['white paper*', 2.5], ['plain language', 2.5], ['edited', 2], ['guidance', 1], ['policy directive*', 1.5],
  ['standard operating procedure*', 1.5], ['SOP*', 1.5], ['correspondence', 2], ['publication*', 1.5], ['article*', 1.5],
  ['concise', 2], ['documented', 1.5], ['decision memo*', 2.5], ['justification', 1], ['proposal', 1], ['letter*', 1],
];

export const INTEGRITY_CUES: readonly TCue[] = [
  ['integrity', 3], ['honest*', 3], ['ethic*', 3], ['transparen*', 2], ['candid*', 2.5], ['disclos*', 1.5],
  ['conflict of interest', 3], ['fair*', 1.5], ['trustworth*', 2.5], ['whistleblow*', 2.5], ['Hatch Act', 3],
  ['fraud', 1.5], ['misconduct', 2], ['reported ~ error*', 2], ['admitted', 2], ['took responsibility', 2],
  ['the right thing', 2.5], ['impartial*', 2.5], ['legal', 1], ['inspector general', 1], ['compliance', 0.5],
  ['self reported', 2.5], ['mistake', 1.5], ['truth*', 2.5], ['accurate*', 1],
];

export const CONTINUAL_LEARNING_CUES: readonly TCue[] = [
  ['learn*', 1.5], ['course*', 1.5], ['certificat*', 2], ['degree', 2], ['self development', 3], ['training', 1],
  ['studied', 2.5], ['taught myself', 3], ['sought feedback', 3], ['my own ~ development', 2.5],
  ['strengths and weaknesses', 3], ['360', 2], ['executive coach', 2], ['fellowship', 2.5], ['enrolled', 2.5],
  ['completed ~ program', 2], ['curious*', 2], ['new skills', 2], ['lifelong', 3], ['reflect*', 1.5], ['read', 0.5],
  ['my own learning', 3], ['I learned', 2.5], ['educat*', 1],
];

export const PUBLIC_SERVICE_CUES: readonly TCue[] = [
  ['public service', 3], ['serve the public', 3], ['public good', 3], ['taxpayer*', 1.5], ['mission', 1],
  ['citizens', 1.5], ['the American people', 3], ['veterans', 1], ['communities', 1.5], ['public trust', 2.5],
  ['stewardship', 2], ['serve', 1], ['duty', 1.5], ['public interest', 3], ['constituents', 1], ['the public', 1.5],
];
