import { defineCrosswalk } from '../crosswalk';
import { ECQ_2006, ECQ_2025 } from '../../policy/packs';
import { SOURCES } from '../../policy/source';

/**
 * 2006 → January 2025, exactly as attachment 1 of OPM's memo of 2025-01-15 gives it (POLICY.md §1): two
 * renamed ECQs, eight renamed sub-competencies, External Awareness moved from Leading Change to Building
 * Coalitions, Entrepreneurship and Technical Credibility removed, five new sub-competencies. The 2006
 * fundamentals are not part of the 2025 model: Interpersonal Skills and Oral/Written Communication are
 * related to 2025 sub-competencies (POLICY.md §1); the other three have no successor.
 */
export const ECQ_2006_TO_2025 = defineCrosswalk({
  title: 'Crosswalk: ECQ 2006 to ECQ January 2025',
  fromModel: ECQ_2006,
  toModel: ECQ_2025,
  source: SOURCES.memo2025Attachment,
  links: [
    { kind: 'same', from: 'LC', to: 'LC' },
    { kind: 'renamed', from: 'LC.1', to: 'LC.1', note: 'Creativity and Innovation to Innovation' },
    { kind: 'moved', from: 'LC.2', to: 'BC.4', note: 'External Awareness moves from Leading Change to Building Coalitions' },
    { kind: 'renamed', from: 'LC.3', to: 'LC.2', note: 'Flexibility to Agility' },
    { kind: 'same', from: 'LC.4', to: 'LC.3' },
    { kind: 'same', from: 'LC.5', to: 'LC.4' },
    { kind: 'same', from: 'LC.6', to: 'LC.5' },
    { kind: 'new', to: 'LC.6' },

    { kind: 'same', from: 'LP', to: 'LP' },
    { kind: 'renamed', from: 'LP.1', to: 'LP.1', note: 'Conflict Management to Managing Conflict' },
    { kind: 'renamed', from: 'LP.2', to: 'LP.2', note: 'Leveraging Diversity to Fostering Diversity' },
    { kind: 'same', from: 'LP.3', to: 'LP.3' },
    { kind: 'renamed', from: 'LP.4', to: 'LP.4', note: 'Team Building to Building Teams' },
    { kind: 'new', to: 'LP.5', note: 'New sub-competency; was a 2006 fundamental competency' },
    { kind: 'new', to: 'LP.6', note: 'The memo also spells it "Building Workplace Culture"' },

    { kind: 'renamed', from: 'RD', to: 'DR', note: 'Results Driven to Driving Results' },
    { kind: 'same', from: 'RD.1', to: 'DR.1' },
    { kind: 'same', from: 'RD.2', to: 'DR.2' },
    { kind: 'same', from: 'RD.3', to: 'DR.3' },
    { kind: 'removed', from: 'RD.4', note: 'Entrepreneurship is not in the 2025 model' },
    { kind: 'same', from: 'RD.5', to: 'DR.4' },
    { kind: 'removed', from: 'RD.6', note: 'Technical Credibility is not in the 2025 model' },
    { kind: 'new', to: 'DR.5' },

    { kind: 'renamed', from: 'BA', to: 'AOS', note: 'Business Acumen to Achieving Organizational Success' },
    { kind: 'renamed', from: 'BA.1', to: 'AOS.1', note: 'Financial Management to Fiscal Responsibility' },
    { kind: 'renamed', from: 'BA.2', to: 'AOS.2', note: 'Human Capital Management to Managing Human Resources ("Managing Resources" in the memo\'s summary)' },
    { kind: 'renamed', from: 'BA.3', to: 'AOS.3', note: 'Technology Management to Leveraging Technology' },

    { kind: 'same', from: 'BC', to: 'BC' },
    { kind: 'same', from: 'BC.1', to: 'BC.1' },
    { kind: 'same', from: 'BC.2', to: 'BC.2' },
    { kind: 'same', from: 'BC.3', to: 'BC.3' },
    { kind: 'new', to: 'BC.5' },

    { kind: 'related', from: 'FC.1', to: 'LP.5', confidence: 'high', note: 'The 2006 fundamental Interpersonal Skills becomes a Leading People sub-competency' },
    { kind: 'related', from: 'FC.2', to: 'BC.5', confidence: 'medium', note: 'Strategic Communication relates to the 2006 Oral Communication fundamental (not a rename)' },
    { kind: 'removed', from: 'FC.3', confidence: 'medium', note: 'The 2025 model as published lists no fundamental competencies' },
    { kind: 'related', from: 'FC.4', to: 'BC.5', confidence: 'medium', note: 'Strategic Communication relates to the 2006 Written Communication fundamental (not a rename)' },
    { kind: 'removed', from: 'FC.5', confidence: 'medium', note: 'The 2025 model as published lists no fundamental competencies' },
    { kind: 'removed', from: 'FC.6', confidence: 'medium', note: 'The 2025 model as published lists no fundamental competencies' },
  ],
});
