import type { TCorpusEntry } from './types';

/** Building Coalitions examples for the January 2025 model, written by ECQ Workbench (original prose). */
export const ECQ_2025_BUILDING_COALITIONS: readonly TCorpusEntry[] = [
  {
    id: 'c25-bc-1',
    modelId: 'ecq-2025',
    ecqCode: 'BC',
    subCodes: ['BC.1', 'BC.3'],
    style: 'prose',
    flaws: [],
    parts: [
      ['challenge', `In 2022 the Department of Agriculture's Food and Nutrition Service needed to start a summer meals program for children in rural areas where no sites existed, with only six months before school let out.`],
      ['context', `As Regional Administrator for the Mountain Plains region, I oversaw nutrition programs in ten states. The program depended on state agencies to run it, and on school districts, food banks and tribal governments to serve meals. Several state agencies doubted that the new program was workable and did not want to take on the administrative burden.`],
      ['action', `I built a coalition by reaching out first to the state directors who were most willing and asking them to help design a workable approach. I partnered with a national food bank network and three tribal nations to identify communities where they already delivered food, and I negotiated agreements under which the food banks would deliver meals in exchange for reimbursement at the full federal rate. With the reluctant states, I listened to their objections, which centered on paperwork, and won their support by offering to have my staff prepare the application templates and handle the first round of monitoring. I secured the agreement of all ten states before the spring deadline.`],
      ['result', `In its first summer the program served 2.4 million meals at 310 new rural sites, including 40 on tribal lands, and all ten states renewed their participation the next year.`],
    ],
  },
  {
    id: 'c25-bc-2',
    modelId: 'ecq-2025',
    ecqCode: 'BC',
    subCodes: ['BC.2', 'BC.5'],
    style: 'paragraphs',
    flaws: [],
    parts: [
      ['challenge', `In 2023 the closure of an Army Corps of Engineers lock on the Illinois River for a long-planned repair drew strong opposition from barge operators, farm groups and two members of Congress, who warned that the closure would strand the fall grain harvest.`],
      ['context', `I was the Deputy District Commander for Programs in the Rock Island District. The repair was urgent because the lock's gates were at risk of failure, but the timing of the closure sat at the center of competing interests among shippers, farmers, environmental groups and elected officials.`],
      ['action', `I first identified the key players and what each cared about: the farm groups needed the harvest moved before the closure, the shippers needed notice to reroute, and the congressional offices needed to show their constituents that their concerns had been heard. I briefed the congressional staffers in person before any public announcement so that they were not surprised, and I wrote a communication plan with consistent messages for each audience. I held two public meetings in river towns, explained the risk of an unplanned failure in plain language, and published a weekly fact sheet and updates on social media. When a farm group proposed delaying the closure by three weeks, I worked with our engineers to confirm it was safe and announced the change together with the group.`],
      ['result', `The lock closed on the revised schedule with no public opposition, and the repair finished 12 days early. Both members of Congress issued statements supporting the project, and the farm groups moved 98 percent of the harvest before the closure.`],
    ],
  },
  {
    id: 'c25-bc-3',
    modelId: 'ecq-2025',
    ecqCode: 'BC',
    subCodes: ['BC.4', 'BC.1'],
    style: 'labelled',
    flaws: [],
    parts: [
      ['challenge', `In 2023 new federal rules on the cybersecurity of medical devices and a surge in ransomware attacks on hospitals meant that the Food and Drug Administration's device review program had to change how it judged the security of devices before they reached the market.`],
      ['context', `I was Director of the digital health division in the Office of Product Evaluation and Quality, leading 120 reviewers and engineers. Device makers, hospitals and other agencies all had a stake in how the new requirements would be applied.`],
      ['action', `I kept abreast of developments outside the agency by meeting monthly with the Cybersecurity and Infrastructure Security Agency and by reading the threat reports that hospital associations shared. When Congress passed a law giving the agency new authority over device cybersecurity, I studied the statute and the trends in recent attacks to anticipate which devices would face the most scrutiny. I benchmarked our draft guidance against the approaches of European regulators and briefed my leadership on where industry practice was heading. I also formed a partnership with a consortium of hospital security officers and device manufacturers to test the draft requirements on real products before we issued them.`],
      ['result', `We issued final guidance within six months of the law taking effect, two months ahead of the deadline. Device submissions that met the new security requirements on the first review rose from 35 to 72 percent in the first year.`],
    ],
  },
  {
    id: 'c25-bc-4',
    modelId: 'ecq-2025',
    ecqCode: 'BC',
    subCodes: ['BC.3', 'BC.2'],
    style: 'prose',
    flaws: ['we-everywhere'],
    parts: [
      ['challenge', `In 2024 the Bureau of Reclamation needed the seven Colorado River Basin states to agree on short-term cuts in water deliveries as reservoir levels fell to record lows.`],
      ['context', `Our regional office in Boulder City supported the negotiations with technical analysis and drafted the proposed agreement, while the states, tribes and water districts each had their own priorities and political pressures.`],
      ['action', `We met with each state's negotiators to understand their positions and where they had room to move. We prepared options showing the trade-offs of different cuts, and we used them to show the states that a shared agreement would cost each of them less than the federal cuts that would otherwise apply. When two states refused to accept the proposed reductions, we worked out a compromise that phased their cuts over three years in exchange for larger conservation payments. We briefed congressional delegations and governors' offices along the way so that no one was surprised.`],
      ['result', `The seven states signed the agreement in May 2024, conserving three million acre-feet of water through 2026.`],
    ],
  },
  {
    id: 'c25-bc-5',
    modelId: 'ecq-2025',
    ecqCode: 'BC',
    subCodes: ['BC.5', 'BC.1'],
    style: 'prose',
    flaws: [],
    parts: [
      ['challenge', `In 2021 misinformation about the safety of the public water supply spread rapidly in a Midwestern city after a treatment plant malfunction, and residents stopped trusting the notices issued by the local utility.`],
      ['context', `As the Environmental Protection Agency's Region 7 Director of Water Programs, I oversaw drinking water enforcement in four states and was responsible for coordinating the federal response with the state health department and the city.`],
      ['action', `I followed the local news coverage and social media closely to understand what residents were hearing and what they feared. I worked with the state and the city to agree on a single set of key messages, tailored to different audiences, and drafted fact sheets in English, Spanish and Vietnamese. I held a televised town hall with the mayor and the state health director, where I explained the test results in plain language and answered questions for two hours. I also set up a shared web page with daily test results and asked trusted community organizations and pastors to share our updates with their members.`],
      ['result', `Within three weeks, calls to the city's hotline dropped by 80 percent, and a survey found that 74 percent of residents trusted the information they were receiving, up from 31 percent. The state adopted our communication approach in its emergency response plan.`],
    ],
  },
];
