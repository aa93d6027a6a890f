import { defineModel } from '../model';
import { SOURCES } from '../source';
import type { TCalendarDate } from '../../dates/calendar-date';

/**
 * The May 2025 ECQs of OPM's Merit Hiring Plan memo of 2025-05-29 (POLICY.md §1: names high confidence).
 * Sub-competencies are reported only by third parties (low confidence); rather than guess, this model
 * omits them, and says so. Under this process the application is a resume of at most 2 pages with no
 * separate ECQ narratives (POLICY.md §1).
 */
export const ECQ_2025_MAY = defineModel({
  id: 'ecq-2025-may',
  title: 'Executive Core Qualifications (May 2025, Merit Hiring Plan)',
  version: '2025-05',
  issuedOn: '2025-05-29' as TCalendarDate,
  publisher: 'U.S. Office of Personnel Management',
  description:
    'The five ECQs of OPM\'s Merit Hiring Plan memo of 2025-05-29, effective immediately for SES hiring: ' +
    'applicants submit a resume of at most two pages instead of separate ECQ narratives.',
  definitionsNote:
    'Only the five ECQ names are confirmed. Sub-competencies have been reported only by third parties and ' +
    'are omitted here until OPM publishes them. Descriptions are short summaries written by ECQ Workbench.',
  source: SOURCES.memo2025May,
  ecqs: [
    {
      code: 'ROL',
      name: 'Commitment to the Rule of Law and the Principles of the American Founding',
      aliases: ['Commitment to the Rule of Law', 'Rule of Law'],
      description: 'Upholds the Constitution and the rule of law and faithfully carries out the law.',
      subs: [],
    },
    {
      code: 'DE',
      name: 'Driving Efficiency',
      description: 'Uses resources prudently and streamlines work to deliver more value to the public.',
      subs: [],
    },
    {
      code: 'MC',
      name: 'Merit and Competence',
      description: 'Selects, develops and advances people on merit and demonstrated competence.',
      subs: [],
    },
    {
      code: 'LP',
      name: 'Leading People',
      description: 'Leads people toward the organization\'s mission and holds them accountable fairly.',
      subs: [],
    },
    {
      code: 'AR',
      name: 'Achieving Results',
      description: 'Delivers measurable, high-quality results against the organization\'s goals.',
      subs: [],
    },
  ],
});
