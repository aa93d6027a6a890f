import type { TCorpusEntry } from './types';

/** Leading People examples for the January 2025 model, written by ECQ Workbench (original prose). */
export const ECQ_2025_LEADING_PEOPLE: readonly TCorpusEntry[] = [
  {
    id: 'c25-lp-1',
    modelId: 'ecq-2025',
    ecqCode: 'LP',
    subCodes: ['LP.1', 'LP.5'],
    style: 'prose',
    flaws: [],
    parts: [
      ['challenge', `In 2022 a long-running dispute between the field engineers and the headquarters policy staff of the Pipeline and Hazardous Materials Safety Administration had stalled a rule on valve inspections for eighteen months.`],
      ['context', `I had just been named Director of the Office of Pipeline Safety, responsible for 320 employees in five regions. The engineers believed headquarters wrote requirements that could not be enforced in the field; policy staff believed the engineers resisted any change they had not proposed themselves. Meetings between the two groups had become tense and unproductive, and two senior staff had filed complaints about each other.`],
      ['action', `I met individually with the leaders of each group and listened without defending either side. In those conversations I learned that both groups agreed on the safety problem but disagreed about the inspection interval. I then convened a facilitated session with ground rules that I set and enforced: each side had to state the other's position to its satisfaction before arguing its own. When the session grew heated, I called a break, spoke privately with the two complainants, and acknowledged that both had been treated unfairly in earlier meetings. I asked a mixed team of two engineers and two policy analysts to draft the enforcement section together.`],
      ['result', `The joint draft reached the Administrator within four months, and the final rule was published in 2023 with no objections from the regions. Both complaints were withdrawn. In the next employee survey, the share of staff who said conflicts in the office were resolved fairly rose from 41 to 63 percent.`],
    ],
  },
  {
    id: 'c25-lp-2',
    modelId: 'ecq-2025',
    ecqCode: 'LP',
    subCodes: ['LP.3', 'LP.2'],
    style: 'paragraphs',
    flaws: [],
    parts: [
      ['challenge', `In 2021 I learned that no employee in my division had been promoted into a supervisory position in four years; every supervisory vacancy had been filled from outside, and our bench of future leaders was empty.`],
      ['context', `I was the Chief of the Environmental Protection Agency's Region 5 Water Division, leading 210 scientists, engineers and program specialists. Many of our most capable staff came from backgrounds that had been underrepresented in our senior ranks, including the first members of their families to attend college, and several told me they did not see a path upward.`],
      ['action', `I created a leadership development program for twenty employees a year, open to any grade, with selection by a panel I deliberately drew from different offices, grades and backgrounds. Each participant had an individual development plan, a mentor from outside their own branch, and a six-month stretch assignment leading a real project. I mentored four participants myself and met quarterly with every mentor to review progress and give feedback. I also asked supervisors to delegate at least one briefing a quarter to a participant so that they gained visibility with senior managers.`],
      ['result', `In three cohorts, 58 employees completed the program and 17 have since been promoted, 11 of them into supervisory roles. Internal selections for supervisory vacancies rose from none to 60 percent, and the program's participants were more diverse than the division as a whole. The Regional Administrator extended the program to two other divisions in 2024.`],
    ],
  },
  {
    id: 'c25-lp-3',
    modelId: 'ecq-2025',
    ecqCode: 'LP',
    subCodes: ['LP.4', 'LP.6'],
    style: 'prose',
    flaws: ['we-everywhere'],
    parts: [
      ['challenge', `In 2023 our customer support branch at the Social Security Administration's Office of Systems was losing experienced staff, and our employee survey scores for engagement were the lowest in the office.`],
      ['context', `The branch had 45 employees split between two sites and a large group of teleworkers, and the two sites had little contact with each other.`],
      ['action', `We decided to bring the two sites together as one team. We held a two-day offsite where we agreed on shared values and set norms for how we would work together. We created cross-site pairs for every major task, and we started a weekly huddle where everyone could raise problems. We also launched a peer recognition program so that good work was celebrated across the branch, and we changed our meeting habits so that teleworkers always had an equal voice. Our managers met every month to review what we were learning and adjust.`],
      ['result', `Within a year, our engagement score rose by 14 points and attrition fell from 19 percent to 8 percent. We were recognized by the Deputy Commissioner for our improvement.`],
    ],
  },
  {
    id: 'c25-lp-4',
    modelId: 'ecq-2025',
    ecqCode: 'LP',
    subCodes: ['LP.6', 'LP.5'],
    style: 'labelled',
    flaws: [],
    parts: [
      ['challenge', `When I arrived as Director of the Bureau of Labor Statistics' Office of Field Operations in 2022, our employee viewpoint survey showed that only a third of staff believed they could disclose a suspected violation or raise a concern without fear of reprisal.`],
      ['context', `The office employed 1,100 economic assistants and supervisors in six regional offices who collected price and wage data face to face and by phone. Past leaders had focused on response rates alone, and supervisors often criticized data collectors in front of their peers when targets were missed.`],
      ['action', `I set out to build a workplace where people felt safe to speak up. I held listening sessions in all six regions and sat with data collectors during their field visits to understand the pressures they faced. I then worked with supervisors to write four plain expectations for how we treat one another, including that performance problems are discussed in private. I coached each regional director on how to respond when an employee raised a problem, and I publicly thanked the first employees who reported flawed procedures. I also changed our recognition program so that it rewarded accurate data and good ideas, not response rates alone.`],
      ['result', `Two years later, the share of employees who felt safe raising concerns had risen from 34 to 71 percent, the largest gain in the bureau. Voluntary attrition among data collectors fell from 16 to 9 percent, and staff suggestions led to 22 procedure changes that improved data quality.`],
    ],
  },
  {
    id: 'c25-lp-5',
    modelId: 'ecq-2025',
    ecqCode: 'LP',
    subCodes: ['LP.2', 'LP.4'],
    style: 'prose',
    flaws: ['old'],
    parts: [
      ['challenge', `In 2009 the Census Bureau's regional office in Atlanta needed to hire and field about 9,000 temporary enumerators for the 2010 census in communities where response rates had historically been the lowest in the nation, including rural counties, immigrant neighborhoods and tribal lands.`],
      ['context', `As Assistant Regional Census Manager, I led recruiting and field operations for 30 local census offices across four states, working with local governments, community organizations and tribal leaders.`],
      ['action', `I insisted that our enumerator teams reflect the communities they would count. I directed local offices to recruit through churches, tribal colleges, community colleges and immigrant service organizations, and to hire enumerators who spoke the languages used in each neighborhood. I organized teams so that each included both experienced census workers and new hires from the neighborhood, and I held team-building sessions in which they planned their routes together. When two offices reported friction between long-time staff and new hires, I visited both and reset team roles so that local hires led community contacts while experienced staff handled procedures.`],
      ['result', `Our region finished nonresponse follow-up nine days ahead of schedule, and response rates in the targeted communities rose by 7 points over the previous census. More than 20 languages were spoken across our enumerator teams, and the Bureau adopted our hiring approach in its planning for the next decennial count.`],
    ],
  },
];
