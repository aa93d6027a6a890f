import type { TCue } from './types';

/**
 * Cue sets for the change-related competencies, written by ECQ Workbench from the competency descriptions
 * (POLICY.md §1: OPM published no 2025 definitions) and common federal usage. Shared by the 2006 and 2025
 * lexicons where the two models keep the same idea under one or two names.
 */

export const INNOVATION_CUES: readonly TCue[] = [
  ['innovat*', 2], ['creativ*', 2], ['new approach*', 2], ['new way*', 2], ['novel', 1.5], ['pilot*', 1.5],
  ['prototyp*', 2], ['pilots', 2], ['reimagin*', 2], ['redesign*', 1.5], ['rethink*', 1.5], ['experiment*', 1.5],
  ['invent*', 2], ['first of its kind', 3], ['first ever', 2], ['idea*', 1], ['brainstorm*', 1.5],
  ['hackathon*', 2.5], ['design thinking', 2.5], ['human centered design', 2], ['unconventional', 2],
  ['challenged ~ assumption*', 2.5], ['status quo', 1.5], ['proof of concept', 2], ['test and learn', 2.5],
  ['crowdsourc*', 2], ['ideation', 2.5], ['out of the box', 2], ['never been tried', 2.5], ['new model', 1.5],
  ['lab', 1], ['incubat*', 2], ['piloted', 1], ['breakthrough', 1.5],
];

export const AGILITY_CUES: readonly TCue[] = [
  ['adapt*', 2], ['pivot*', 2.5], ['adjust*', 1.5], ['flexib*', 2], ['agile', 1.5], ['agility', 2],
  ['changing ~ condition*', 2], ['changing circumstances', 2.5], ['changing priorities', 2], ['shifting ~ priorit*', 2],
  ['unexpected*', 1.5], ['unforeseen', 1.5], ['on short notice', 2], ['short notice', 1.5], ['reprioritiz*', 2.5],
  ['course correct*', 2.5], ['midcourse', 2.5], ['new information', 2], ['rapidly changing', 2], ['overnight', 1],
  ['contingenc*', 1.5], ['revis* ~ plan*', 1.5], ['abrupt*', 1.5], ['redeploy*', 1.5], ['shift*', 1], ['changed course', 2.5], ['reconfigur*', 1.5],
  ['open to', 1], ['within days', 1], ['quickly', 0.5], ['rapidly', 0.5], ['emergency', 1], ['new direction', 1],
  ['changed ~ plan*', 1.5], ['modified ~ approach', 2], ['in real time', 1.5], ['fluid', 1.5],
];

export const RESILIENCE_CUES: readonly TCue[] = [
  ['resilien*', 2.5], ['setback*', 2.5], ['persever*', 2.5], ['persist*', 1.5], ['under pressure', 2],
  ['pressure', 1], ['recover*', 1], ['bounce* back', 3], ['despite', 1.5], ['adversity', 2.5], ['calm', 1.5],
  ['composure', 2.5], ['remained ~ focused', 2], ['stayed ~ focused', 2], ['criticism', 1.5], ['scrutiny', 1],
  ['stress*', 1.5], ['rejected', 1.5], ['failure*', 1.5], ['regroup*', 2.5], ['lessons learned', 1.5],
  ['did not give up', 3], ['tried again', 2], ['second attempt', 2], ['long hours', 1.5], ['burnout', 1],
  ['difficult period', 2], ['toll', 1], ['steady', 1], ['keep going', 2], ['disappoint*', 2], ['frustrat*', 1],
];

export const STRATEGIC_THINKING_CUES: readonly TCue[] = [
  ['strategic plan*', 2.5], ['strateg*', 1.5], ['long term', 1], ['priorit*', 1.5], ['risk*', 1], ['anticipat*', 2],
  ['scenario*', 2], ['forecast*', 1.5], ['objective*', 1], ['roadmap*', 1.5], ['multi year', 1.5], ['five year', 1.5],
  ['implementation plan', 1.5], ['trade off*', 1.5], ['tradeoff*', 1.5], ['opportunit*', 1], ['threat*', 1.5],
  ['sequenc*', 1.5], ['phased', 1.5], ['phases', 1], ['environmental scan', 2], ['SWOT', 3], ['future ~ needs', 1.5],
  ['align* ~ goals', 1.5], ['align* ~ mission', 1.5], ['long range', 2], ['three year', 1], ['horizon', 1.5],
  ['position* ~ for the future', 2], ['options', 0.5], ['plan', 0.5], ['contingency plan*', 1], ['mitigat*', 1],
];

export const VISION_CUES: readonly TCue[] = [
  ['vision', 3], ['envision*', 2.5], ['future state', 2.5], ['north star', 3], ['shared ~ picture', 2],
  ['inspir*', 2], ['transform*', 1.5], ['articulat*', 1], ['rallied', 1.5], ['champion*', 1], ['catalyst', 2],
  ['purpose', 1], ['aspiration*', 2], ['decade', 1], ['the future', 1.5], ['compelling', 1.5], ['change agent', 2],
  ['what ~ could be', 2], ['long term', 1], ['imagine', 1.5], ['ten years', 1], ['ambitious', 1.5], ['bold', 1.5],
  ['where ~ headed', 2], ['mission', 0.5], ['motivat*', 1], ['set ~ direction', 2], ['target state', 2.5],
];

export const SYSTEMS_THINKING_CUES: readonly TCue[] = [
  ['systems thinking', 3], ['end to end', 2.5], ['enterprise', 1], ['enterprise wide', 2], ['interdependen*', 3],
  ['upstream', 2.5], ['downstream', 2.5], ['ripple effect*', 3], ['bottleneck*', 1.5], ['value stream', 3],
  ['process map*', 2], ['mapped ~ process*', 2], ['whole ~ system', 2.5], ['siloed', 1.5], ['silos', 1.5],
  ['hand off*', 2], ['handoff*', 2], ['workflow*', 1.5], ['feedback loop*', 2.5], ['unintended consequence*', 2.5],
  ['dependenc*', 2], ['holistic*', 2.5], ['lifecycle', 1.5], ['life cycle', 1.5], ['supply chain', 1.5],
  ['interconnect*', 2.5], ['second order', 2.5], ['across ~ programs', 1], ['root cause*', 0.5], ['integrat*', 1],
  ['big picture', 2], ['how ~ fit together', 2.5], ['each other', 0.5], ['parts of', 1], ['linked', 1],
  ['start to finish', 2], ['queue*', 1.5], ['affect* ~ other*', 1.5], ['tied ~ together', 2], ['between ~ divisions', 1.5],
  ['across ~ divisions', 1],
];

export const EXTERNAL_AWARENESS_CUES: readonly TCue[] = [
  ['legislation', 2], ['regulat*', 1.5], ['executive order*', 3], ['policy change*', 2], ['trend*', 1.5],
  ['industry trend*', 3], ['emerging ~ trend*', 3], ['best practice*', 1], ['benchmark*', 2], ['external environment', 3],
  ['landscape', 2], ['other agencies', 1.5], ['economic', 1.5], ['market*', 1], ['new law', 2.5], ['statut*', 1.5],
  ['OMB', 1], ['federal register', 2.5], ['rulemaking', 2.5], ['proposed rule', 2.5], ['public comment*', 2],
  ['GAO', 1.5], ['inspector general', 1], ['court ruling*', 2.5], ['court decision*', 2.5], ['demographic*', 1.5],
  ['abreast', 3], ['monitor* ~ developments', 2.5], ['kept up with', 2.5], ['global', 1.5], ['international', 1.5],
  ['geopolitical', 2.5], ['new requirements', 2], ['mandate*', 1.5], ['national', 0.5], ['private sector', 1.5],
  ['outside ~ agency', 1.5], ['research*', 0.5], ['peer agencies', 2.5], ['signed into law', 3], ['passed', 0.5],
];

export const ENTREPRENEURSHIP_CUES: readonly TCue[] = [
  ['entrepreneur*', 3], ['calculated risk*', 3], ['opportunit*', 1.5], ['new market*', 2.5], ['revenue', 2],
  ['fee for service', 3], ['reimbursable', 2.5], ['business model', 3], ['new product*', 2], ['new service*', 2],
  ['business line*', 2.5], ['growth', 1.5], ['expand* ~ services', 2], ['start up', 2], ['venture', 2],
  ['commercializ*', 2.5], ['competitive', 1.5], ['market share', 2.5], ['cost recovery', 2.5], ['self sustaining', 2.5],
  ['seized', 2.5], ['capitaliz*', 2], ['working capital fund', 3], ['took a risk', 2.5], ['risk taking', 2.5],
  ['new customers', 2], ['untapped', 2.5], ['franchise', 2], ['licens*', 1], ['grow', 0.5],
];
