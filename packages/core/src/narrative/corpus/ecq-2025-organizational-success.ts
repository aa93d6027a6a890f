import type { TCorpusEntry } from './types';

/** Achieving Organizational Success examples for the January 2025 model, written by ECQ Workbench (original prose). */
export const ECQ_2025_ORGANIZATIONAL_SUCCESS: readonly TCorpusEntry[] = [
  {
    id: 'c25-aos-1',
    modelId: 'ecq-2025',
    ecqCode: 'AOS',
    subCodes: ['AOS.1'],
    style: 'prose',
    flaws: [],
    parts: [
      ['challenge', `When I became Chief Financial Officer of the National Oceanic and Atmospheric Administration's Fisheries service in 2021, the agency ended each fiscal year with tens of millions of dollars in unobligated funds in some programs while others ran short and delayed surveys.`],
      ['context', `NOAA Fisheries had an annual budget of $1.1 billion across six regional offices and five science centers, and the allocation of funds had been set by historical shares for more than a decade.`],
      ['action', `I built a quarterly spend plan review in which every program manager reported obligations against plan and forecast year-end balances. I used the first two quarters of data to show leadership where funds were likely to lapse, and I proposed reprogramming within the limits of our appropriation so that funds moved to the survey programs that needed them. I worked with the budget office to prepare the notifications to the appropriations committees that larger moves required, and I put in place controls so that no program could obligate funds before its spend plan was approved. I also trained 60 program managers in budget execution and cost estimating.`],
      ['result', `Unobligated year-end balances fell from $38 million to $7 million within two years, and no survey was canceled for lack of funds in 2022 or 2023. The agency received a clean audit opinion both years, and the Department adopted the spend plan review for its other bureaus.`],
    ],
  },
  {
    id: 'c25-aos-2',
    modelId: 'ecq-2025',
    ecqCode: 'AOS',
    subCodes: ['AOS.2', 'AOS.1'],
    style: 'paragraphs',
    flaws: [],
    parts: [
      ['challenge', `In 2022 the Transportation Security Administration's screening workforce at the four largest airports in my region was 14 percent below its authorized level, and passengers at peak hours waited more than 40 minutes in security lines.`],
      ['context', `I was the Federal Security Director for the region, responsible for 2,800 screening officers and a payroll of $190 million. Attrition among new officers was high, and the hiring process took an average of 120 days from application to the first day on the job.`],
      ['action', `I built a workforce plan that forecast passenger volume by airport and month and set hiring targets for each location. I worked with our human resources office to shorten time to hire by holding on-site hiring events where applicants could complete testing, interviews and fingerprinting in one day. To improve retention, I used recruitment and retention incentives within our budget for the hardest-to-staff airports and introduced a mentoring program for officers in their first six months. I also reassigned part-time positions to match peak hours, which let us cover demand without adding to payroll.`],
      ['result', `Within a year, staffing reached 98 percent of the authorized level, time to hire fell to 45 days, and first-year attrition dropped from 32 to 17 percent. Peak-hour waits fell below 20 minutes at all four airports, and the region stayed within its payroll budget.`],
    ],
  },
  {
    id: 'c25-aos-3',
    modelId: 'ecq-2025',
    ecqCode: 'AOS',
    subCodes: ['AOS.3', 'LC.1'],
    style: 'letters',
    flaws: [],
    parts: [
      ['challenge', `In 2023 the Bureau of Land Management still processed oil and gas lease permits on paper in most of its field offices, and an average permit took 190 days, drawing complaints from industry and from members of the public who could not follow the status of a permit.`],
      ['context', `As Assistant Director for Energy, Minerals and Realty Management, I led the permitting program across 40 field offices and worked with the bureau's Chief Information Officer, who owned the agency's IT systems.`],
      ['action', `I made the case to the Director for moving permits to an online system, and I partnered with the Chief Information Officer to build it on a cloud platform the Department had already approved rather than buying a new one. I insisted that field staff who handled permits help design the screens, and we released the system in stages, starting with two pilot offices, so that we could fix problems before rolling it out widely. I also automated the routine checks on lease boundaries using the bureau's geospatial data, which had previously been done by hand, and required that all new permits be filed electronically after a six-month transition.`],
      ['result', `Average processing time fell from 190 to 74 days within a year of the rollout, and the public can now follow every permit online. The system cost $3.4 million, 40 percent less than the estimate for a custom system.`],
    ],
  },
  {
    id: 'c25-aos-4',
    modelId: 'ecq-2025',
    ecqCode: 'AOS',
    subCodes: ['AOS.1', 'AOS.3'],
    style: 'prose',
    flaws: ['too-long'],
    parts: [
      ['challenge', `In 2022 the General Services Administration's Public Buildings Service in the Pacific Northwest faced rising energy costs across a portfolio of aging federal buildings, and an internal review found that the region was spending about $22 million a year on utilities, roughly 18 percent more per square foot than comparable regions. At the same time, several of the largest buildings needed replacement of heating and cooling equipment that was more than forty years old, and the capital budget available for the region could not cover all of the projects on the list.`],
      ['context', `I was the Regional Commissioner for the Public Buildings Service, responsible for 190 owned and leased buildings across four states, a staff of 420, and an operating budget of $310 million. Our tenants included courts, law enforcement agencies and benefit offices that served the public every day, and any disruption to their operations during construction would draw immediate complaints to the Administrator and to congressional offices.`],
      ['action', `I started by asking my energy team to install smart meters in the twenty largest buildings so that we could see where energy was used hour by hour, instead of relying on monthly utility bills. The data showed that many buildings ran their heating and cooling systems at full capacity on nights and weekends when the buildings were nearly empty. I directed the building managers to adjust the control schedules and set up a central dashboard where each manager could see the energy use of their building against its peers. For the capital projects, I compared the lifecycle cost of each equipment replacement and ranked the projects by their return on investment. I then used energy savings performance contracts for the four largest buildings, so that private energy service companies financed the upgrades and were repaid from the savings they guaranteed, which let us replace the oldest equipment without waiting for appropriated funds. I negotiated the contract terms with our contracting officers and legal counsel to protect the government if the savings fell short. I also held quarterly reviews with my financial management staff to track actual savings against the guaranteed amounts, and I reported the results to the Commissioner each quarter.`],
      ['result', `Within two years, the region cut its annual utility spending by $4.6 million, or 21 percent, and reduced energy use per square foot by 24 percent. The four performance contracts replaced equipment worth $38 million with no up-front appropriation, and the guaranteed savings have been met or exceeded in every quarter so far. The Commissioner asked the other ten regions to adopt the smart meter dashboard, and two of them have since launched their own performance contracts based on our template.`],
    ],
  },
  {
    id: 'c25-aos-5',
    modelId: 'ecq-2025',
    ecqCode: 'AOS',
    subCodes: ['AOS.2', 'LP.3'],
    style: 'prose',
    flaws: [],
    parts: [
      ['challenge', `In 2024 the Defense Logistics Agency's distribution center in Pennsylvania faced the retirement of almost a third of its skilled warehouse workers within five years, just as the center began installing automated storage and retrieval equipment that required skills few of them had.`],
      ['context', `I was the Commander's civilian deputy, responsible for 1,600 civilian employees represented by two unions and a workforce budget of $140 million.`],
      ['action', `I led a workforce analysis that compared the skills the center would need in five years with the skills and retirement eligibility of current employees. Using the results, I set out a plan to fill the gap in three ways. First, I worked with the unions to create a reskilling program in which 150 warehouse workers would train as automation technicians during paid work hours, with a local community college providing the courses. Second, I redesigned position descriptions and used direct hiring authority to recruit maintenance technicians from the region's manufacturing base. Third, I set up a succession plan for supervisors so that each retiring supervisor would spend six months working alongside a successor.`],
      ['result', `In the first year, 96 employees completed the training and 71 moved into technician positions at a higher grade, time to hire for technicians fell from 110 to 38 days, and the automated system went live on schedule with a fully staffed maintenance team.`],
    ],
  },
];
