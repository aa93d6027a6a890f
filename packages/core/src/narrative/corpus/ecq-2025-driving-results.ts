import type { TCorpusEntry } from './types';

/** Driving Results examples for the January 2025 model, written by ECQ Workbench (original prose). */
export const ECQ_2025_DRIVING_RESULTS: readonly TCorpusEntry[] = [
  {
    id: 'c25-dr-1',
    modelId: 'ecq-2025',
    ecqCode: 'DR',
    subCodes: ['DR.1', 'DR.4'],
    style: 'prose',
    flaws: [],
    parts: [
      ['challenge', `In 2022 the Department of Labor's Office of Inspector General reported that my agency's unemployment insurance oversight unit had not completed required reviews of state benefit payment controls for three straight years, and identified $4 billion in improper payments that our reviews should have flagged.`],
      ['context', `I was the Administrator of the Office of Unemployment Insurance, responsible for overseeing 53 state programs through a staff of 150 in headquarters and six regions.`],
      ['action', `I treated the audit findings as my own responsibility and committed to the Assistant Secretary to complete every overdue review within eighteen months. I assigned a named owner to each of the 53 state reviews, set monthly milestones, and built a scorecard that I reviewed with the regional administrators every week. To find out why reviews had stalled, I asked a team of analysts to trace a sample of 20 late reviews; they found that the root cause was a review protocol that required states to submit data in formats most of them could not produce. I had the protocol rewritten so that states could submit the data they already kept, and I set up corrective action plans for the five states with the weakest controls. When two regions fell behind schedule, I met with their leaders to agree on recovery plans and shifted staff to help them.`],
      ['result', `All 53 reviews were completed three months early. The Inspector General closed all six recommendations in 2024, and improper payment rates in the five states under corrective action fell by an average of 4.2 percentage points.`],
    ],
  },
  {
    id: 'c25-dr-2',
    modelId: 'ecq-2025',
    ecqCode: 'DR',
    subCodes: ['DR.2', 'DR.5'],
    style: 'labelled',
    flaws: [],
    parts: [
      ['challenge', `In 2023 callers to the Federal Student Aid information center waited an average of 38 minutes, and one in four abandoned the call before reaching an agent, as borrowers prepared for student loan repayments to restart.`],
      ['context', `As Director of Customer Experience at Federal Student Aid, I was responsible for the contact centers, the website help pages and the borrower feedback program, serving about 43 million borrowers through four contractors.`],
      ['action', `I started by listening to borrowers. I asked our analysts to link call records with website search data and survey comments so we could see what people were calling about and where they had already looked for answers. The analysis showed that 40 percent of calls concerned three questions about payment amounts that the website answered poorly. I had those pages rewritten in plain language and tested them with borrowers in focus groups. I also built a daily dashboard of wait times, abandonment and call reasons that contractors and my staff reviewed each morning, and I used its forecasts to move agents to the busiest hours. Where the data showed that some contractors routed complex calls poorly, I changed their call routing rules and tracked the effect week by week.`],
      ['result', `By the end of 2023, average wait time fell to 11 minutes and abandonment dropped to 7 percent, even as call volume rose 30 percent. Borrower satisfaction with the contact centers rose from 61 to 78 percent.`],
    ],
  },
  {
    id: 'c25-dr-3',
    modelId: 'ecq-2025',
    ecqCode: 'DR',
    subCodes: ['DR.3', 'DR.2'],
    style: 'paragraphs',
    flaws: [],
    parts: [
      ['challenge', `During Hurricane Ian in 2022, a failure at a contractor's data center knocked out the Federal Emergency Management Agency's online disaster assistance application on the second night after landfall, just as survivors in Florida began to apply in large numbers.`],
      ['context', `I was the Director of FEMA's Individual Assistance Division, and I had authority over the application channels, our contracts for call center capacity and the policies that govern how survivors register for help.`],
      ['action', `The contractor estimated a fix within twelve hours but could not promise it. Waiting risked turning away tens of thousands of survivors who had no other way to apply, while switching to a backup system meant accepting a slower process and higher cost. With incomplete information, I decided within an hour to activate the backup registration system and to extend call center hours around the clock. I authorized emergency overtime for 400 call center agents and directed our communications staff to post the phone number on every channel. I informed the Administrator of my decision and its cost, and I set a checkpoint six hours later to decide whether to return to the primary system.`],
      ['result', `Survivors were able to register without interruption: more than 190,000 applications were taken in the 36 hours the primary system was down, and no survivor was told to call back later. The backup cost $1.3 million, less than a single day of delayed assistance would have cost in additional sheltering.`],
    ],
  },
  {
    id: 'c25-dr-4',
    modelId: 'ecq-2025',
    ecqCode: 'DR',
    subCodes: ['DR.5', 'DR.4'],
    style: 'prose',
    flaws: ['no-numbers'],
    parts: [
      ['challenge', `In 2024 the Centers for Medicare and Medicaid Services asked my group to find out why some hospitals were being paid twice for the same outpatient services.`],
      ['context', `I led the Division of Payment Analytics, a group of statisticians, data scientists and policy analysts who support the Center for Program Integrity.`],
      ['action', `I assembled a small team and gave them a clear question. We pulled two years of claims data and I worked with the analysts to define what a duplicate payment looked like in the data, since many apparent duplicates turned out to be legitimate repeat services. I reviewed their statistical approach and insisted that they validate the model on a sample of claims that our medical reviewers checked by hand, because a model that flagged legitimate claims would harm hospitals and patients. The validation showed that the first version had a bias against small rural hospitals, which billed in ways the model misread, so I had the team add a rule for those billing patterns. I then explained the method and its limits to the program integrity staff who would act on it.`],
      ['result', `The model was put into use and was well received by leadership. It helped the agency better understand duplicate billing and improved our ability to recover payments.`],
    ],
  },
  {
    id: 'c25-dr-5',
    modelId: 'ecq-2025',
    ecqCode: 'DR',
    subCodes: ['DR.1', 'DR.3'],
    style: 'prose',
    flaws: ['passive'],
    parts: [
      ['challenge', `In 2021 the construction of a new outpatient clinic for the Indian Health Service in Arizona was eight months behind schedule and $6 million over budget.`],
      ['context', `I was the Area Director responsible for the project, working with the Army Corps of Engineers as the construction agent and with the tribal health board that would run the clinic.`],
      ['action', `A review of the schedule was conducted and the causes of the delays were identified. It was found that change orders were being approved without review of their cost. A new approval process was established, and weekly meetings were held with the contractor. The design was simplified, and two lower-priority features were removed from the contract after I decided that opening the clinic on time mattered more to the tribe than the features did. I personally held the contractor and the Corps project manager accountable for the revised schedule and reported progress each month to the tribal health board.`],
      ['result', `The clinic opened in 2022, four months late instead of eight, and final costs were held to $2.1 million above the original budget. It now serves 11,000 patients a year.`],
    ],
  },
];
