import type { TBoardCheck, TBoardIssue } from '../../api/qrb-wire-types';
import { plural } from '../../workbench/workbench-labels';
import { describeSource, withMemberNames } from '../shared/qrb-labels';

/** What each rule of a board is about, as a heading for its problem. */
const ISSUE_TITLES: Readonly<Record<TBoardIssue['code'], string>> = {
  'board-size': 'Board size',
  'member-duplicate': 'A member named twice',
  'agencies-not-distinct': 'Agencies not distinct',
  'career-minority': 'Career minority',
  'conflict-of-interest': 'Conflict of interest',
  'no-prior-service': 'No prior QRB service',
};

function IssueList(props: { readonly issues: readonly TBoardIssue[]; readonly members: readonly { readonly id: string; readonly name: string }[] }) {
  return (
    <ul className="usa-list ecq-qrb-check__list">
      {props.issues.map((issue, index) => (
        <li key={`${issue.code}:${index}`} data-code={issue.code}>
          <strong>{ISSUE_TITLES[issue.code]}:</strong> {withMemberNames(issue.message, props.members)}
          <span className="ecq-qrb-source">
            Source: {describeSource(issue.source)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * A board's composition check in words: whether it may sit, then every problem that refuses it and every
 * warning that only advises, each with its rule and source (core checkBoardComposition, POLICY.md §2).
 */
export function BoardCheckView(props: {
  readonly check: TBoardCheck;
  readonly members: readonly { readonly id: string; readonly name: string }[];
  /** For a case: the conflicts of interest were checked against its agency. */
  readonly caseName?: string | undefined;
  readonly headingLevel?: 2 | 3 | 4;
  readonly testId?: string;
}) {
  const { check, members } = props;
  const Heading = `h${props.headingLevel ?? 3}` as 'h2' | 'h3' | 'h4';
  const verdict = check.isValid
    ? props.caseName === undefined
      ? 'Valid: this board meets every rule'
      : `Valid for ${props.caseName}: this board meets every rule, with no conflict of interest`
    : `Not valid: ${plural(check.errors.length, 'problem')}${props.caseName === undefined ? '' : ` for ${props.caseName}`}`;
  return (
    <div className={`ecq-qrb-check ${check.isValid ? 'is-valid' : 'is-invalid'}`} data-testid={props.testId}>
      <Heading className="ecq-qrb-check__heading">{verdict}</Heading>
      {check.errors.length === 0 ? null : <IssueList issues={check.errors} members={members} />}
      {check.warnings.length === 0 ? null : (
        <>
          <p className="margin-y-05">
            <strong>{plural(check.warnings.length, 'warning')}</strong> (advice; the board may still sit):
          </p>
          <IssueList issues={check.warnings} members={members} />
        </>
      )}
    </div>
  );
}
