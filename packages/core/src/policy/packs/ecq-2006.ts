import { defineModel } from '../model';
import { SOURCES } from '../source';
import type { TCalendarDate } from '../../dates/calendar-date';

/**
 * The 2006 ECQ model: 5 ECQs, 22 sub-competencies and 6 fundamental competencies (POLICY.md §1, high).
 * Descriptions are ECQ Workbench's own short summaries.
 */
export const ECQ_2006 = defineModel({
  id: 'ecq-2006',
  title: 'Executive Core Qualifications (2006)',
  version: '2006',
  issuedOn: '2006-10-01' as TCalendarDate,
  publisher: 'U.S. Office of Personnel Management',
  description:
    'The 2006 Executive Core Qualifications of the Senior Executive Service: five ECQs with 22 ' +
    'sub-competencies, plus six fundamental competencies judged across the whole application.',
  definitionsNote:
    'Descriptions here are short summaries written by ECQ Workbench; OPM\'s own definitions are in its ' +
    'Guide to SES Qualifications.',
  source: SOURCES.ecq2006,
  ecqs: [
    {
      code: 'LC',
      name: 'Leading Change',
      description: 'Brings about strategic change inside and outside the organization to meet its goals.',
      subs: [
        { name: 'Creativity and Innovation', description: 'Develops new insights and puts new ideas and approaches into practice.' },
        { name: 'External Awareness', description: 'Keeps up with policies, trends and events outside the organization that affect it.' },
        { name: 'Flexibility', description: 'Stays open to change and new information and adjusts quickly.' },
        { name: 'Resilience', description: 'Deals well with pressure and recovers quickly from setbacks.' },
        { name: 'Strategic Thinking', description: 'Sets objectives and priorities that anticipate risks and opportunities.' },
        { name: 'Vision', description: 'Takes a long-term view and builds a shared picture of the future.' },
      ],
    },
    {
      code: 'LP',
      name: 'Leading People',
      description: 'Leads people toward the organization\'s vision, mission and goals.',
      subs: [
        { name: 'Conflict Management', description: 'Encourages creative tension and resolves conflict constructively.' },
        { name: 'Leveraging Diversity', description: 'Builds an inclusive workplace that draws on differences.' },
        { name: 'Developing Others', description: 'Develops others\' ability to perform and contribute through feedback and learning.' },
        { name: 'Team Building', description: 'Builds commitment, pride and trust and fosters team spirit.', aliases: ['Team-Building'] },
      ],
    },
    {
      code: 'RD',
      name: 'Results Driven',
      description: 'Meets organizational goals and customer expectations with high-quality results.',
      subs: [
        { name: 'Accountability', description: 'Holds self and others accountable for measurable, high-quality results.' },
        { name: 'Customer Service', description: 'Anticipates and meets the needs of internal and external customers.' },
        { name: 'Decisiveness', description: 'Makes well-informed, timely decisions, even with limited data.' },
        { name: 'Entrepreneurship', description: 'Positions the organization for the future by seizing opportunities and taking calculated risks.' },
        { name: 'Problem Solving', description: 'Identifies and analyzes problems and weighs options to reach sound solutions.' },
        { name: 'Technical Credibility', description: 'Understands and applies the principles and practices of the organization\'s specialty.' },
      ],
    },
    {
      code: 'BA',
      name: 'Business Acumen',
      description: 'Manages human, financial and information resources strategically.',
      subs: [
        { name: 'Financial Management', description: 'Prepares, justifies and administers budgets and manages cost-effectively.' },
        { name: 'Human Capital Management', description: 'Builds and manages a workforce matched to the organization\'s goals.' },
        { name: 'Technology Management', description: 'Keeps current with technology and uses it to improve results.' },
      ],
    },
    {
      code: 'BC',
      name: 'Building Coalitions',
      description: 'Builds coalitions inside the organization and with others to reach common goals.',
      subs: [
        { name: 'Partnering', description: 'Develops networks and alliances and collaborates across boundaries.' },
        { name: 'Political Savvy', description: 'Recognizes the internal and external politics that affect the work.' },
        { name: 'Influencing/Negotiating', description: 'Persuades others and builds consensus through give and take.', aliases: ['Influencing and Negotiating'] },
      ],
    },
  ],
  fundamentals: [
    { name: 'Interpersonal Skills', description: 'Treats others with courtesy, sensitivity and respect.' },
    { name: 'Oral Communication', description: 'Speaks clearly and convincingly and listens to others.' },
    { name: 'Integrity/Honesty', description: 'Behaves honestly, fairly and ethically and is consistent in word and action.', aliases: ['Integrity and Honesty'] },
    { name: 'Written Communication', description: 'Writes clearly, concisely and convincingly for the audience.' },
    { name: 'Continual Learning', description: 'Assesses own strengths and weaknesses and pursues self-development.' },
    { name: 'Public Service Motivation', description: 'Shows commitment to serve the public and aligns work with the public good.' },
  ],
});
