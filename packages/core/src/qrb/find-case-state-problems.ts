import { isCalendarDate, type TCalendarDate } from '../dates/calendar-date';
import type { TProblem } from '../errors/app-error';
import { HOLDABLE_STATUSES, type TQrbCaseState, type TQrbDecision, type TQrbDecisionRecord } from './case-state';

/**
 * Checks the invariants every QRB case state keeps, so a stored state can be trusted before a transition
 * and a test can assert no sequence of events breaks them: valid dates that never run backwards, a board on
 * assigned and in-review cases, a decision consistent with its findings (approved only when every ECQ is
 * met; a disapproval with remarks on each ECQ found lacking and a resubmission due date — POLICY.md §2),
 * amendments with reasons, earlier decisions that were all disapprovals, a resubmission linked to the last
 * of them, and a hold from a state waiting on OPM. Returns every problem; empty when the state is sound.
 */
export function findCaseStateProblems(state: TQrbCaseState, path = '$'): TProblem[] {
  const problems: TProblem[] = [];
  const bad = (at: string, message: string) => problems.push({ path: `${path}${at}`, message });
  const checkSince = (since: TCalendarDate, notBefore: TCalendarDate | undefined) => {
    if (!isCalendarDate(since)) bad('.since', `"${String(since)}" is not a calendar date`);
    else if (notBefore !== undefined && since < notBefore) bad('.since', `entered on ${since}, before ${notBefore}`);
  };

  if (state.status === 'on_hold') {
    if (!(HOLDABLE_STATUSES as readonly string[]).includes(state.heldFrom.status)) {
      bad('.heldFrom.status', `a case cannot be held from ${state.heldFrom.status}`);
      return problems;
    }
    problems.push(...findCaseStateProblems(state.heldFrom, `${path}.heldFrom`));
    checkSince(state.since, state.heldFrom.since);
    if (state.reason.kind === 'administrative' && state.reason.note.trim().length === 0) bad('.reason.note', 'a hold needs a reason');
    return problems;
  }

  const earlier = state.earlierDecisions;
  const ids = new Set<string>();
  let lastDate: TCalendarDate | undefined;
  earlier.forEach((record, i) => {
    const at = `.earlierDecisions[${i}]`;
    problems.push(...recordProblems(record, `${path}${at}`));
    if (record.decision.outcome !== 'disapproved') bad(`${at}.decision.outcome`, 'only a disapproval is followed by another round');
    if (ids.has(record.decision.id)) bad(`${at}.decision.id`, `decision id ${record.decision.id} is used twice`);
    ids.add(record.decision.id);
    if (lastDate !== undefined && record.decision.decidedOn < lastDate) bad(`${at}.decision.decidedOn`, 'decisions are out of order');
    lastDate = record.decision.decidedOn;
  });

  switch (state.status) {
    case 'draft':
      if (earlier.length > 0) bad('.earlierDecisions', 'a draft has no earlier decisions: a returned case is resubmitted');
      break;
    case 'submitted':
      checkSince(state.since, undefined);
      if (earlier.length > 0) bad('.status', 'a case with an earlier decision is resubmitted, not submitted');
      break;
    case 'resubmitted':
      checkSince(state.since, lastDate);
      if (earlier.length === 0 || earlier.at(-1)?.decision.id !== state.resubmissionOf) {
        bad('.resubmissionOf', 'a resubmission links to the last earlier decision');
      }
      break;
    case 'assigned':
    case 'in_review':
      checkSince(state.since, lastDate);
      if (state.boardId.trim().length === 0) bad('.boardId', `an ${state.status} case has a board`);
      break;
    case 'decided':
      checkSince(state.since, lastDate);
      if (state.decision.decidedOn !== state.since) bad('.decision.decidedOn', 'the decision is dated the day the case was decided');
      if (ids.has(state.decision.id)) bad('.decision.id', `decision id ${state.decision.id} is used twice`);
      problems.push(...recordProblems({ decision: state.decision, amendments: state.amendments }, path));
      break;
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
  return problems;
}

function recordProblems(record: TQrbDecisionRecord, path: string): TProblem[] {
  const problems = decisionProblems(record.decision, `${path}.decision`);
  const ids = new Set<string>();
  let last = record.decision.decidedOn;
  record.amendments.forEach((amendment, i) => {
    const at = `${path}.amendments[${i}]`;
    if (amendment.reason.trim().length === 0) problems.push({ path: `${at}.reason`, message: 'an amendment has a reason' });
    if (ids.has(amendment.id)) problems.push({ path: `${at}.id`, message: `amendment id ${amendment.id} is used twice` });
    ids.add(amendment.id);
    if (!isCalendarDate(amendment.amendedOn) || amendment.amendedOn < last) {
      problems.push({ path: `${at}.amendedOn`, message: `amendments are dated in order, on or after the decision` });
    } else {
      last = amendment.amendedOn;
    }
    for (const code of Object.keys(amendment.ecqRemarks)) {
      const ecq = record.decision.ecqs.find((e) => e.ecqCode === code);
      if (ecq === undefined) problems.push({ path: `${at}.ecqRemarks.${code}`, message: `${code} is not an ECQ of the decision` });
      else if (!ecq.isMet && (amendment.ecqRemarks[code] ?? '').trim().length === 0) {
        problems.push({ path: `${at}.ecqRemarks.${code}`, message: `${ecq.ecqName} was found lacking and keeps its remarks` });
      }
    }
  });
  return problems;
}

function decisionProblems(decision: TQrbDecision, path: string): TProblem[] {
  const problems: TProblem[] = [];
  const bad = (at: string, message: string) => problems.push({ path: `${path}${at}`, message });
  if (!isCalendarDate(decision.decidedOn)) bad('.decidedOn', `"${String(decision.decidedOn)}" is not a calendar date`);
  if (decision.id.trim().length === 0) bad('.id', 'a decision has an id');
  if (decision.boardId.trim().length === 0) bad('.boardId', 'a decision names its board');
  if (decision.ecqs.length === 0) bad('.ecqs', 'a decision covers the ECQs');
  const allMet = decision.ecqs.every((e) => e.isMet);
  if (decision.outcome === 'approved') {
    if (!allMet) bad('.outcome', 'an approval needs every ECQ met');
    if (decision.resubmissionDueOn !== undefined) bad('.resubmissionDueOn', 'an approval has no resubmission');
  } else {
    if (allMet) bad('.outcome', 'a disapproval names at least one ECQ found lacking');
    decision.ecqs.forEach((e, i) => {
      if (!e.isMet && e.remarks.trim().length === 0) bad(`.ecqs[${i}].remarks`, `${e.ecqName} was found lacking without remarks`);
    });
    if (decision.resubmissionDueOn === undefined || decision.resubmissionDueOn < decision.decidedOn) {
      bad('.resubmissionDueOn', 'a disapproval has a resubmission due date on or after it');
    }
  }
  return problems;
}
