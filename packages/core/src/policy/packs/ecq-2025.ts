import { defineModel } from '../model';
import { SOURCES } from '../source';
import type { TCalendarDate } from '../../dates/calendar-date';

/**
 * The January 2025 ECQ model exactly as OPM's memo of 2025-01-15 lists it: 5 ECQs, 25 sub-competencies, in
 * the memo's order (POLICY.md §1, high). The memo spells two items two ways; each second spelling is an
 * alias of one item, not a second item (POLICY.md §1). The model has no fundamental competencies.
 */
export const ECQ_2025 = defineModel({
  id: 'ecq-2025',
  title: 'Executive Core Qualifications (January 2025)',
  version: '2025-01',
  issuedOn: '2025-01-15' as TCalendarDate,
  publisher: 'U.S. Office of Personnel Management',
  description:
    'The updated Executive Core Qualifications announced by OPM on 2025-01-15: five ECQs with 25 ' +
    'sub-competencies, effective for hiring actions initiated on or after 2025-07-01 and for SES ' +
    'performance plans from 2025-10-01.',
  definitionsNote:
    'OPM said detailed definitions would be released after validation; none were found published. The ' +
    'descriptions here are short summaries written by ECQ Workbench, not OPM definitions.',
  source: SOURCES.memo2025,
  ecqs: [
    {
      code: 'LC',
      name: 'Leading Change',
      description: 'Brings about strategic change inside and outside the organization to meet its goals.',
      subs: [
        { name: 'Innovation', description: 'Develops new insights and turns new ideas into better ways of working.' },
        { name: 'Agility', description: 'Adapts quickly to new information, changing conditions and setbacks.' },
        { name: 'Resilience', description: 'Deals well with pressure and recovers quickly from setbacks.' },
        { name: 'Strategic Thinking', description: 'Sets objectives and priorities that anticipate risks and opportunities.' },
        { name: 'Vision', description: 'Takes a long-term view and builds a shared picture of the future.' },
        { name: 'Systems Thinking', description: 'Sees how parts of the organization and its environment interact, and acts on the whole.' },
      ],
    },
    {
      code: 'LP',
      name: 'Leading People',
      description: 'Leads people toward the organization\'s vision, mission and goals.',
      subs: [
        { name: 'Managing Conflict', description: 'Surfaces and resolves disagreement constructively.' },
        { name: 'Fostering Diversity', description: 'Builds an inclusive workplace that draws on differences.' },
        { name: 'Developing Others', description: 'Develops others\' ability to perform and contribute through feedback and learning.' },
        { name: 'Building Teams', description: 'Builds commitment, trust and collaboration within and across teams.' },
        { name: 'Interpersonal Skills', description: 'Treats others with courtesy, sensitivity and respect and reads people well.' },
        {
          name: 'Building Workforce Culture',
          description: 'Shapes a workplace culture of engagement, accountability and excellence.',
          aliases: ['Building Workplace Culture'],
        },
      ],
    },
    {
      code: 'DR',
      name: 'Driving Results',
      description: 'Meets organizational goals and customer expectations with high-quality results.',
      subs: [
        { name: 'Accountability', description: 'Holds self and others accountable for measurable, high-quality results.' },
        { name: 'Customer Service', description: 'Anticipates and meets the needs of internal and external customers.' },
        { name: 'Decisiveness', description: 'Makes well-informed, timely decisions, even with limited data.' },
        { name: 'Problem Solving', description: 'Identifies and analyzes problems and weighs options to reach sound solutions.' },
        {
          name: 'Data Literacy',
          description: 'Uses data, analytics and artificial intelligence (AI) responsibly to inform decisions.',
          // The news article misspells it "data literary" (POLICY.md §1).
          aliases: ['Data Literary'],
        },
      ],
    },
    {
      code: 'AOS',
      name: 'Achieving Organizational Success',
      description: 'Manages human, financial and technology resources to achieve the organization\'s mission.',
      subs: [
        { name: 'Fiscal Responsibility', description: 'Plans, justifies and manages budgets and spends public funds prudently.' },
        {
          name: 'Managing Human Resources',
          description: 'Builds and manages a workforce matched to the organization\'s goals.',
          // The memo's summary table says "Human Capital Management to Managing Resources"; its model table
          // and attachment say "Managing Human Resources" (POLICY.md §1).
          aliases: ['Managing Resources'],
        },
        { name: 'Leveraging Technology', description: 'Uses current and emerging technology to improve results and security.' },
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
        { name: 'External Awareness', description: 'Keeps up with policies, trends and events outside the organization that affect it.' },
        {
          name: 'Strategic Communication',
          description: 'Plans and delivers clear messages, spoken and written, that advance the organization\'s goals.',
        },
      ],
    },
  ],
});
