import { defineCrosswalk } from '../crosswalk';
import { ECQ_2025, ECQ_2025_MAY } from '../../policy/packs';
import { SOURCES, withConfidence } from '../../policy/source';

/**
 * January 2025 → May 2025. OPM published no crosswalk between the two; this is ECQ Workbench's own mapping
 * by name and intent, and every link says how sure it is (POLICY.md §1). The May model publishes no
 * sub-competencies, so January sub-competencies relate to the May ECQ that carries their theme, or have
 * no successor.
 */
export const ECQ_2025_TO_2025_MAY = defineCrosswalk({
  title: 'Crosswalk: ECQ January 2025 to ECQ May 2025 (ECQ Workbench mapping)',
  fromModel: ECQ_2025,
  toModel: ECQ_2025_MAY,
  source: withConfidence(SOURCES.ours, 'low'),
  links: [
    { kind: 'new', to: 'ROL', confidence: 'high', note: 'No January 2025 counterpart' },
    { kind: 'new', to: 'MC', confidence: 'medium', note: 'No January 2025 counterpart; merit staffing themes relate to Managing Human Resources' },

    { kind: 'removed', from: 'LC', confidence: 'medium', note: 'No May 2025 ECQ carries Leading Change' },
    { kind: 'related', from: 'LC.1', to: 'DE', note: 'Innovation serves efficiency' },
    { kind: 'removed', from: 'LC.2' },
    { kind: 'removed', from: 'LC.3' },
    { kind: 'removed', from: 'LC.4' },
    { kind: 'removed', from: 'LC.5' },
    { kind: 'related', from: 'LC.6', to: 'DE', note: 'Systems thinking serves streamlining' },

    { kind: 'same', from: 'LP', to: 'LP', confidence: 'high', note: 'Same name in both models' },
    { kind: 'related', from: 'LP.1', to: 'LP' },
    { kind: 'removed', from: 'LP.2', confidence: 'medium' },
    { kind: 'related', from: 'LP.3', to: 'LP' },
    { kind: 'related', from: 'LP.4', to: 'LP' },
    { kind: 'related', from: 'LP.5', to: 'LP' },
    { kind: 'related', from: 'LP.6', to: 'LP' },

    { kind: 'related', from: 'DR', to: 'AR', confidence: 'medium', note: 'Driving Results and Achieving Results share their aim' },
    { kind: 'related', from: 'DR.1', to: 'AR' },
    { kind: 'related', from: 'DR.2', to: 'AR' },
    { kind: 'related', from: 'DR.3', to: 'AR' },
    { kind: 'related', from: 'DR.4', to: 'AR' },
    { kind: 'related', from: 'DR.5', to: 'AR' },

    { kind: 'related', from: 'AOS', to: 'DE', note: 'Resource stewardship carries into Driving Efficiency' },
    { kind: 'related', from: 'AOS.1', to: 'DE' },
    { kind: 'related', from: 'AOS.2', to: 'MC' },
    { kind: 'related', from: 'AOS.3', to: 'DE' },

    { kind: 'removed', from: 'BC', confidence: 'medium', note: 'No May 2025 ECQ carries Building Coalitions' },
    { kind: 'removed', from: 'BC.1' },
    { kind: 'removed', from: 'BC.2' },
    { kind: 'removed', from: 'BC.3' },
    { kind: 'removed', from: 'BC.4' },
    { kind: 'removed', from: 'BC.5' },
  ],
});
