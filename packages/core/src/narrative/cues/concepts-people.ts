import type { TCue } from './types';

/**
 * Cue sets for the people-related competencies, written by ECQ Workbench (POLICY.md §1, §3; low
 * confidence: OPM published no word lists).
 */

export const CONFLICT_CUES: readonly TCue[] = [
  ['conflict*', 2.5], ['disagree*', 2], ['dispute*', 2], ['tension*', 2], ['grievance*', 2.5], ['mediat*', 2.5],
  ['friction', 2], ['complaint*', 1], ['facilitated ~ discussion*', 1.5], ['common ground', 1.5], ['de escalat*', 3],
  ['deescalat*', 3], ['impasse', 2], ['alternative dispute resolution', 3], ['ADR', 2], ['EEO', 1.5], ['hostile', 1.5],
  ['distrust', 1.5], ['mistrust', 1.5], ['clash*', 2], ['at odds', 2.5], ['competing ~ views', 2], ['resolv* ~ differences', 2.5],
  ['labor relations', 1.5], ['constructive*', 1], ['creative tension', 3], ['ground rules', 2], ['animosity', 2.5],
  ['feud*', 2.5], ['resentment', 2], ['blame', 1.5], ['turf', 2], ['both sides', 2], ['each side', 2], ['heated', 1.5],
  ['reconcil*', 2], ['opposing', 1.5], ['underlying interests', 2.5], ['tensions', 1],
];

export const DIVERSITY_CUES: readonly TCue[] = [
  ['divers*', 2.5], ['inclusi*', 2.5], ['different backgrounds', 3], ['perspectives', 1.5], ['underrepresent*', 2.5],
  ['disabilit*', 1.5], ['accessib*', 1], ['equal opportunity', 1.5], ['outreach', 0.5], ['HBCU*', 2.5],
  ['historically black', 2.5], ['hispanic serving', 2.5], ['tribal college*', 2.5], ['generation*', 1.5],
  ['multigenerational', 3], ['belonging', 2], ['differences', 1.5], ['broaden* ~ applicant pool', 2.5],
  ['applicant pool', 1], ['employee resource group*', 3], ['affinity group*', 2.5], ['reasonable accommodation*', 2.5],
  ['cultur* ~ backgrounds', 2], ['viewpoints', 1.5], ['every voice', 2], ['all voices', 2], ['quieter', 1.5],
  ['talent pool', 1.5], ['veterans', 0.5], ['fairness', 1], ['varied', 1], ['wide range of', 1], ['languages', 1],
  ['women', 1], ['minorit*', 1.5], ['reflect* ~ communit*', 2.5], ['reflect* ~ the public', 2.5], ['rural', 0.5], ['early career', 1], ['experience levels', 1.5],
];

export const DEVELOPING_OTHERS_CUES: readonly TCue[] = [
  ['mentor*', 2.5], ['coach*', 2.5], ['develop* ~ staff', 2], ['develop* ~ employees', 2], ['training', 1],
  ['career*', 1.5], ['individual development plan*', 3], ['IDP*', 2.5], ['feedback', 1.5], ['stretch assignment*', 3],
  ['rotation*', 1.5], ['promot*', 1], ['succession', 1.5], ['upskill*', 2], ['reskill*', 2], ['learning', 1],
  ['developmental', 2.5], ['shadow*', 1.5], ['potential', 1], ['delegat*', 1.5], ['leadership development', 2.5],
  ['professional development', 2.5], ['apprentice*', 2], ['certification*', 1], ['taught', 1], ['teach*', 1],
  ['bench strength', 2.5], ['emerging leaders', 2.5], ['grow* ~ skills', 2], ['their growth', 2], ['grow', 0.5],
  ['detail assignment*', 2.5], ['cross train*', 2.5], ['competenc*', 0.5], ['readiness', 0.5], ['confidence', 1],
  ['next generation', 1.5], ['on the job', 1.5], ['performance conversations', 1.5], ['strengths', 1],
];

export const TEAMS_CUES: readonly TCue[] = [
  ['team*', 0.5], ['teamwork', 2.5], ['team building', 3], ['cross functional team*', 2.5], ['tiger team', 2.5],
  ['working group', 1.5], ['task force', 1.5], ['trust', 1.5], ['cohesi*', 2.5], ['collaborat*', 1],
  ['esprit de corps', 3], ['team spirit', 3], ['shared goal*', 2], ['commitment', 1], ['pride', 1.5],
  ['celebrat*', 1.5], ['morale', 1.5], ['integrated project team', 2.5], ['assembled', 2], ['formed ~ team*', 2.5], ['shared purpose', 2],
  ['stood up ~ team', 2.5], ['roles and responsibilities', 2], ['team charter', 2.5], ['huddle*', 2], ['one team', 2],
  ['retreat', 1.5], ['offsite', 1.5], ['together', 1], ['camaraderie', 3], ['members', 0.5], ['recognized ~ team', 1.5],
  ['team members', 1], ['unified', 1.5], ['worked as', 1], ['each member', 1.5], ['daily stand up*', 2],
];

export const INTERPERSONAL_CUES: readonly TCue[] = [
  ['listen*', 1.5], ['empath*', 3], ['respect*', 1.5], ['courte*', 2.5], ['sensitiv*', 1.5], ['tact*', 2],
  ['rapport', 2.5], ['relationship*', 1], ['approachable', 2.5], ['open door', 2.5], ['understand* ~ concerns', 2],
  ['concerns', 1], ['compassion*', 2.5], ['one on one', 1.5], ['individually', 1.5], ['dignity', 2], ['patien*', 1.5],
  ['emotion*', 1.5], ['read the room', 3], ['kindness', 2], ['sat down with', 2], ['difficult conversation*', 2.5],
  ['heard', 1], ['personally', 1], ['anxious', 1.5], ['anxiety', 1.5], ['fears', 1.5], ['worried', 1.5],
  ['acknowledg*', 1.5], ['humor', 1.5], ['warmth', 2], ['met with each', 2], ['perspective', 0.5], ['upset', 1.5],
];

export const CULTURE_CUES: readonly TCue[] = [
  ['culture', 2.5], ['cultural', 1], ['engagement', 1.5], ['employee engagement', 2.5], ['FEVS', 3],
  ['viewpoint survey', 3], ['values', 1.5], ['norms', 2], ['recognition program*', 2.5], ['awards program', 2],
  ['excellence', 1], ['psychological safety', 3], ['workplace', 1.5], ['climate', 1.5], ['pulse survey*', 2.5],
  ['behaviors', 1.5], ['expectations', 1], ['morale', 1.5], ['retention', 1], ['attrition', 1], ['wellness', 1.5],
  ['well being', 1.5], ['high performing', 1.5], ['empower*', 1.5], ['ownership', 1.5], ['code of conduct', 2],
  ['civility', 2.5], ['speak up', 2], ['accountability', 0.5], ['engaged', 1.5], ['belonging', 1], ['recogni*', 0.5],
  ['workforce', 0.5], ['how we work', 2], ['everyday', 1], ['habits', 1.5], ['trust', 0.5], ['mindset', 1.5],
];

export const HUMAN_RESOURCES_CUES: readonly TCue[] = [
  ['hiring', 2], ['hire*', 1.5], ['recruit*', 2], ['staffing', 2], ['workforce plan*', 3], ['workforce', 1.5],
  ['vacanc*', 2], ['position description*', 2.5], ['classification', 1], ['time to hire', 3], ['human capital', 3],
  ['human resources', 2.5], ['HR', 1.5], ['attrition', 1.5], ['retention', 1.5], ['succession plan*', 2],
  ['skills gap*', 2], ['reorganiz*', 1.5], ['realign*', 1.5], ['FTE*', 1.5], ['full time equivalent*', 2],
  ['performance management', 2], ['onboard*', 2], ['telework', 1], ['incentive*', 1], ['direct hire', 3],
  ['pathways', 2], ['intern*', 1], ['headcount', 2], ['reassign*', 1.5], ['overtime', 1], ['positions', 1.5],
  ['selecting official*', 2], ['job announcement*', 2.5], ['USAJOBS', 3], ['certificates', 1], ['retire*', 1.5],
  ['staff* model', 2.5], ['critical skills', 2], ['labor', 0.5], ['union', 0.5], ['grade*', 0.5], ['billets', 2],
];
