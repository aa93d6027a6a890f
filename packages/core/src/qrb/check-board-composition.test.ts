import { describe, expect, it } from 'vitest';
import { checkBoardComposition } from './check-board-composition';
import { checkMemberConflict } from './check-member-conflict';
import { AGENCIES, member, VALID_BOARD } from './testing/qrb-fixtures';

const codes = (check: ReturnType<typeof checkBoardComposition>) => check.errors.map((e) => e.code);

describe('checkBoardComposition (POLICY.md §2)', () => {
  it('accepts 3 members from 3 agencies, a career majority and one past QRB member, for a case from a fourth agency', () => {
    const check = checkBoardComposition({ members: VALID_BOARD, candidateAgency: AGENCIES.doe });
    expect(check).toEqual({ isValid: true, errors: [], warnings: [], memberIds: ['m1', 'm2', 'm3'], candidateAgencyId: 'doe' });
  });

  it.each([
    ['two members', VALID_BOARD.slice(0, 2), 'A board has 3 members; this one has 2.'],
    ['four members', [...VALID_BOARD, member('m4', AGENCIES.doe)], 'A board has 3 members; this one has 4.'],
  ])('refuses a board of %s', (_name, members, message) => {
    const check = checkBoardComposition({ members });
    expect(codes(check)).toEqual(['board-size']);
    expect(check.errors[0]!.message).toBe(message);
  });

  it('refuses two members from one agency, naming them', () => {
    const check = checkBoardComposition({ members: [VALID_BOARD[0]!, VALID_BOARD[1]!, member('m4', AGENCIES.dot)] });
    expect(codes(check)).toEqual(['agencies-not-distinct']);
    expect(check.errors[0]).toMatchObject({
      memberIds: ['m1', 'm4'],
      message: 'A board\'s members come from 3 different agencies; this one has 2 (Member M1 and Member M4 both serve at Department of Transportation).',
      source: { policyRef: 'POLICY.md §2', confidence: 'medium-high' },
    });
  });

  it('refuses a board without a career SES majority (5 CFR 317.502, high)', () => {
    const members = [VALID_BOARD[0]!, { ...VALID_BOARD[1]!, appointment: 'noncareer' as const }, VALID_BOARD[2]!];
    const check = checkBoardComposition({ members });
    expect(codes(check)).toEqual(['career-minority']);
    expect(check.errors[0]).toMatchObject({ memberIds: ['m2', 'm3'], message: 'More than half of a board\'s members must be career SES (5 CFR 317.502); 1 of 3 are.', source: { confidence: 'high' } });
  });

  it('refuses the same member twice', () => {
    const check = checkBoardComposition({ members: [VALID_BOARD[0]!, VALID_BOARD[0]!, VALID_BOARD[1]!] });
    expect(codes(check)).toEqual(['member-duplicate', 'board-size']);
  });

  it('warns, without refusing, when no member has served on a QRB before', () => {
    const members = VALID_BOARD.map((m) => ({ ...m, hasPriorQrbService: false }));
    const check = checkBoardComposition({ members });
    expect(check.isValid).toBe(true);
    expect(check.warnings).toEqual([
      expect.objectContaining({ code: 'no-prior-service', message: 'Ideally at least 1 member has served on a QRB before; none has.', source: expect.objectContaining({ confidence: 'low' }) }),
    ]);
  });

  it('lists every violation at once', () => {
    const members = [member('x1', AGENCIES.doe, { appointment: 'noncareer' }), member('x2', AGENCIES.doe, { appointment: 'noncareer' })];
    expect(codes(checkBoardComposition({ members, candidateAgency: AGENCIES.doe }))).toEqual([
      'board-size',
      'agencies-not-distinct',
      'career-minority',
      'conflict-of-interest',
      'conflict-of-interest',
    ]);
  });

  it('takes its numbers from the settings', () => {
    const five = [...VALID_BOARD, member('m4', AGENCIES.doe), member('m5', AGENCIES.dot)];
    expect(checkBoardComposition({ members: five, settings: { boardSize: 5, minBoardAgencies: 4 } }).isValid).toBe(true);
    expect(codes(checkBoardComposition({ members: five, settings: { boardSize: 5, minBoardAgencies: 5 } }))).toEqual(['agencies-not-distinct']);
    expect(checkBoardComposition({ members: VALID_BOARD.map((m) => ({ ...m, hasPriorQrbService: false })), settings: { minPriorServiceMembers: 0 } }).warnings).toEqual([]);
  });
});

describe('conflict of interest (POLICY.md §2: none from the candidate\'s agency)', () => {
  const fromDoe = member('m9', AGENCIES.doe);

  it('refuses a member from the candidate\'s agency for that case, and says why', () => {
    const check = checkBoardComposition({ members: [VALID_BOARD[0]!, VALID_BOARD[1]!, fromDoe], candidateAgency: AGENCIES.doe });
    expect(check.isValid).toBe(false);
    expect(check.errors).toEqual([
      {
        code: 'conflict-of-interest',
        memberIds: ['m9'],
        source: expect.objectContaining({ policyRef: 'POLICY.md §2', confidence: 'medium-high' }),
        message:
          'Member M9 cannot sit on this case: they serve at Department of Energy, the candidate\'s own agency. ' +
          'QRB members judge candidates from other agencies only, so that no member certifies their own agency\'s selection. ' +
          'Choose a member from another agency.',
      },
    ]);
  });

  it('accepts the same member for a case from another agency, and for a board assembled with no case yet', () => {
    const members = [VALID_BOARD[0]!, VALID_BOARD[1]!, fromDoe];
    expect(checkBoardComposition({ members, candidateAgency: AGENCIES.hhs }).isValid).toBe(true);
    expect(checkBoardComposition({ members }).isValid).toBe(true);
    expect(checkMemberConflict(fromDoe, AGENCIES.hhs)).toBeUndefined();
    expect(checkMemberConflict(fromDoe, AGENCIES.doe)?.code).toBe('conflict-of-interest');
  });
});
