import { SOURCES } from '../../policy/source';
import { ECQ_2025 } from '../../policy/packs';
import {
  AGILITY_CUES, EXTERNAL_AWARENESS_CUES, INNOVATION_CUES, RESILIENCE_CUES, STRATEGIC_THINKING_CUES, SYSTEMS_THINKING_CUES,
  VISION_CUES,
} from './concepts-change';
import { PARTNERING_CUES, POLITICAL_SAVVY_CUES, INFLUENCING_CUES, STRATEGIC_COMMUNICATION_CUES } from './concepts-coalitions';
import {
  COALITIONS_ECQ_CUES, LEADING_CHANGE_ECQ_CUES, LEADING_PEOPLE_ECQ_CUES, RESOURCES_ECQ_CUES, RESULTS_ECQ_CUES,
} from './concepts-ecq';
import {
  CONFLICT_CUES, CULTURE_CUES, DEVELOPING_OTHERS_CUES, DIVERSITY_CUES, HUMAN_RESOURCES_CUES, INTERPERSONAL_CUES, TEAMS_CUES,
} from './concepts-people';
import {
  ACCOUNTABILITY_CUES, CUSTOMER_SERVICE_CUES, DATA_LITERACY_CUES, DECISIVENESS_CUES, FISCAL_CUES, PROBLEM_SOLVING_CUES,
  TECHNOLOGY_CUES,
} from './concepts-results';
import type { TCueLexicon } from './types';

/**
 * The curated cue lexicon of the January 2025 model, keyed by its item codes: the five ECQs and all 25
 * sub-competencies (POLICY.md §1). ECQ Workbench's own word lists; OPM published no definitions, so every
 * tag they produce is low confidence (POLICY.md §3: report coverage, warn).
 */
export const ECQ_2025_CUES: TCueLexicon = {
  id: 'ecq-2025-cues',
  modelId: ECQ_2025.id,
  title: 'ECQ Workbench cue lexicon for the January 2025 ECQs',
  source: { ...SOURCES.ours, policyRef: 'POLICY.md §1, §3' },
  isDerived: false,
  cues: {
    LC: LEADING_CHANGE_ECQ_CUES,
    'LC.1': INNOVATION_CUES,
    'LC.2': AGILITY_CUES,
    'LC.3': RESILIENCE_CUES,
    'LC.4': STRATEGIC_THINKING_CUES,
    'LC.5': VISION_CUES,
    'LC.6': SYSTEMS_THINKING_CUES,
    LP: LEADING_PEOPLE_ECQ_CUES,
    'LP.1': CONFLICT_CUES,
    'LP.2': DIVERSITY_CUES,
    'LP.3': DEVELOPING_OTHERS_CUES,
    'LP.4': TEAMS_CUES,
    'LP.5': INTERPERSONAL_CUES,
    'LP.6': CULTURE_CUES,
    DR: RESULTS_ECQ_CUES,
    'DR.1': ACCOUNTABILITY_CUES,
    'DR.2': CUSTOMER_SERVICE_CUES,
    'DR.3': DECISIVENESS_CUES,
    'DR.4': PROBLEM_SOLVING_CUES,
    'DR.5': DATA_LITERACY_CUES,
    AOS: RESOURCES_ECQ_CUES,
    'AOS.1': FISCAL_CUES,
    'AOS.2': HUMAN_RESOURCES_CUES,
    'AOS.3': TECHNOLOGY_CUES,
    BC: COALITIONS_ECQ_CUES,
    'BC.1': PARTNERING_CUES,
    'BC.2': POLITICAL_SAVVY_CUES,
    'BC.3': INFLUENCING_CUES,
    'BC.4': EXTERNAL_AWARENESS_CUES,
    'BC.5': STRATEGIC_COMMUNICATION_CUES,
  },
};
