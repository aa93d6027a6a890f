import type { TCorpusEntry } from './types';

/** Leading Change examples for the January 2025 model, written by ECQ Workbench (original prose). */
export const ECQ_2025_LEADING_CHANGE: readonly TCorpusEntry[] = [
  {
    id: 'c25-lc-1',
    modelId: 'ecq-2025',
    ecqCode: 'LC',
    subCodes: ['LC.1', 'LC.6'],
    style: 'prose',
    flaws: [],
    parts: [
      ['challenge', `In 2022 the Veterans Benefits Administration regional office I led was taking an average of 148 days to decide disability claims, well above the national target of 125 days, and the backlog of pending claims had grown to 21,000.`],
      ['context', `As Director of the regional office, I oversaw 640 employees in three locations and answered to the Deputy Under Secretary for Field Operations. Claims passed through intake, development, rating and authorization, each managed by a separate division with its own performance targets.`],
      ['action', `Rather than push each division to work faster, I mapped the full path of a claim from the day it arrived to the day the veteran received a decision. The map showed that most delay happened between divisions, where files waited in queues that nobody owned. I proposed a pilot that replaced the four divisions with six cross-trained claim teams, each responsible for a claim from start to finish. I secured the Deputy Under Secretary's approval to test the idea for ninety days, worked with the union to agree on new position assignments, and had our analysts build a simple tracker so every team could see where its claims were waiting. When early results showed the teams starving for medical evidence, I changed the examination scheduling process upstream so that exams were ordered at intake rather than after development.`],
      ['result', `Within nine months, average processing time fell from 148 to 102 days and the backlog dropped by 38 percent. Error rates held steady at 4 percent. The Under Secretary adopted the team model for eleven other regional offices in 2024.`],
    ],
  },
  {
    id: 'c25-lc-2',
    modelId: 'ecq-2025',
    ecqCode: 'LC',
    subCodes: ['LC.2', 'LC.3'],
    style: 'paragraphs',
    flaws: [],
    parts: [
      ['challenge', `In March 2020, two weeks before the filing season peaked, the IRS submission processing center where I was deputy director had to close its building when the pandemic began, leaving 1.2 million paper returns unopened in the mail room.`],
      ['context', `The center employed 2,300 people, most of them seasonal clerks whose work depended on handling paper on site. Headquarters guidance changed almost daily, and local health officials limited how many employees could be in the building at once.`],
      ['action', `I set up a small command group that met every morning at seven, and I told the group we would revise the plan whenever the facts changed rather than wait for certainty. When the first reopening plan collapsed because of a positive case on the second day, I regrouped the team, split the workforce into two shifts with no overlap, and reconfigured the floor so that clerks worked twelve feet apart. I personally called each unit manager to hear what was not working and adjusted assignments that afternoon. When mail volume surged in June, I shifted 140 employees from correspondence to extraction and negotiated overtime with the union within forty-eight hours. Through repeated setbacks, including two more closures, I kept the daily routine steady and told employees honestly what we knew and did not know.`],
      ['result', `By October the center had opened every piece of backlogged mail and processed 96 percent of the returns it held in March. No cluster of infections was traced to the building after the shift plan began, and the Commissioner cited the two-shift model in guidance to the other processing centers.`],
    ],
  },
  {
    id: 'c25-lc-3',
    modelId: 'ecq-2025',
    ecqCode: 'LC',
    subCodes: ['LC.4', 'LC.5'],
    style: 'prose',
    flaws: [],
    parts: [
      ['challenge', `When I became Associate Administrator for the Federal Transit Administration's Office of Planning in 2021, the agency was about to receive five years of new grant funding under the Bipartisan Infrastructure Law, yet our grant review process had been designed for a program one third that size.`],
      ['context', `My office of 85 planners and engineers reviewed capital project applications from transit agencies in all fifty states, and every delay in our review postponed construction in a community that had already waited years.`],
      ['action', `I began by describing a future state in which a transit agency could know within ninety days whether its project was ready for funding. I wrote a two-page statement of that vision and used it with staff, regional administrators and transit agency leaders to test whether it was both ambitious and credible. I then built a three-year roadmap that sequenced the changes: first standard templates and checklists, then a shared project pipeline visible to regions, and last a risk-based review that spent senior engineers' time only on the largest and riskiest projects. I weighed the tradeoff between speed and oversight openly, presenting the Administrator with three options and the risks of each, and recommended the risk-based approach with quarterly checkpoints so we could reverse course if quality slipped.`],
      ['result', `By the end of 2023, median review time fell from 210 days to 118, while the share of projects later needing major scope changes did not rise. The pipeline now tracks more than 400 projects, and regional administrators use the vision statement in their own annual plans.`],
    ],
  },
  {
    id: 'c25-lc-4',
    modelId: 'ecq-2025',
    ecqCode: 'LC',
    subCodes: ['LC.1', 'LC.2'],
    style: 'prose',
    flaws: ['no-result'],
    parts: [
      ['challenge', `In 2023 the Food Safety and Inspection Service asked my district to test a new way of scheduling inspectors at poultry plants, because fixed assignments left some plants over-covered while others went short whenever an inspector was on leave.`],
      ['context', `I was the District Manager for 14 states with 380 inspectors, most of them in rural areas where a single absence could stop a plant line. Plant operators, the inspectors' union and our own supervisors were all wary of any change to assignments.`],
      ['action', `I formed a design team of inspectors, supervisors and two plant representatives and asked them to sketch a scheduling approach from scratch. We tested three prototypes on paper before choosing a pooled model in which inspectors in a cluster of nearby plants shared coverage. When a winter storm closed roads during the first week of the pilot, I adjusted the cluster boundaries overnight and added a standby list so plants would not go without coverage. I also held weekly calls with the union steward to hear problems early and changed the rotation rules twice in response to what inspectors told us.`],
    ],
  },
  {
    id: 'c25-lc-5',
    modelId: 'ecq-2025',
    ecqCode: 'LC',
    subCodes: ['LC.6', 'LC.4'],
    style: 'labelled',
    flaws: [],
    parts: [
      ['challenge', `In 2024 our agency's wildfire response depended on aircraft contracts, ground crews and weather forecasts that were planned by three separate offices, and a shortfall in any one of them left the others idle during the peak of the fire season.`],
      ['context', `As Deputy Director of Fire and Aviation Management at the Forest Service, I coordinated with the aviation contracting office, the regional crew managers and the National Weather Service's fire weather program. Each had its own budget, its own calendar and its own measures of success.`],
      ['action', `I brought the three offices together to map how decisions in one affected the others. The exercise showed that contract start dates were set before crew hiring was finished, so aircraft sat on the ground while crews were still in training, and that forecasts of the fire season reached the contracting office too late to shape the contracts. I proposed a single planning calendar that tied the three processes together, with the seasonal outlook issued in January feeding both crew hiring targets and contract start dates. I also set up a monthly review in which the three offices looked at one shared set of measures instead of three separate ones, and I anticipated the risk that a late budget would break the calendar by building a fallback schedule for a continuing resolution.`],
      ['result', `In the 2024 season, idle aircraft days fell by 31 percent compared with the three-year average, and initial attack crews were fully staffed two weeks earlier than in 2023. The Chief directed that the joint calendar become standard for all nine regions.`],
    ],
  },
];
