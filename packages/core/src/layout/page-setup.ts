import { AppError, type TProblem } from '../errors/app-error';

/** PDF user space: 72 points to the inch. */
export const POINTS_PER_INCH = 72;

/** The typical QRB format (POLICY.md §3, low): 12-point font. */
export const BODY_FONT_SIZE = 12;

/**
 * Single spacing for 12-point Times, in points: 1.15 em, the line height Word uses for Times New Roman at
 * "single" (its ascent 1825 + descent 443 + line gap 87 = 2355 of 2048 units per em ≈ 1.15). With a
 * 648-point text box this gives 46 lines a page, as Word does.
 */
export const SINGLE_SPACING_LEADING = 13.8;

/**
 * Where the first baseline sits below the top of the text box, in ems: Times New Roman's ascent
 * (1825 / 2048 ≈ 0.891), as Word places the first line.
 */
export const ASCENT_EM = 0.891;

/** The size of the candidate's name and the page numbers in the top and bottom margins. */
export const MARGIN_TEXT_SIZE = 10;

export interface TPageMargins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/**
 * A page and its type, in PDF points (1/72 inch). The face is always Times (Times-Roman for the body,
 * Times-Bold for ECQ headings): the standard PDF font whose widths the layout knows.
 */
export interface TPageSetup {
  /** Named in the basis of a page count, e.g. "US Letter". */
  readonly paper: string;
  readonly width: number;
  readonly height: number;
  readonly margins: TPageMargins;
  /** Body text size in points. */
  readonly fontSize: number;
  /** Baseline-to-baseline distance in points; a blank line takes one. */
  readonly leading: number;
}

/**
 * The typical QRB format (POLICY.md §3, low): US Letter (8.5 × 11 in), 1-inch margins, Times 12 pt, single
 * spacing ({@link SINGLE_SPACING_LEADING}): a text box of 468 × 648 points and 46 lines a page.
 */
export const DEFAULT_PAGE_SETUP: TPageSetup = {
  paper: 'US Letter',
  width: 8.5 * POINTS_PER_INCH,
  height: 11 * POINTS_PER_INCH,
  margins: { top: POINTS_PER_INCH, right: POINTS_PER_INCH, bottom: POINTS_PER_INCH, left: POINTS_PER_INCH },
  fontSize: BODY_FONT_SIZE,
  leading: SINGLE_SPACING_LEADING,
};

/** Lines of body text a page holds (at least one, so any setup makes progress). */
export function linesPerPage(setup: TPageSetup): number {
  const height = setup.height - setup.margins.top - setup.margins.bottom;
  return Math.max(1, Math.floor(height / setup.leading + 1e-9));
}

/** How a page count was laid out, e.g. "US Letter (8.5 × 11 in), 1-inch margins, Times 12 pt, 13.8 pt leading". */
export function describePageSetup(setup: TPageSetup): string {
  const inches = (points: number): string => `${Math.round((points / POINTS_PER_INCH) * 100) / 100}`;
  const { top, right, bottom, left } = setup.margins;
  const margins = top === right && top === bottom && top === left
    ? `${inches(top)}-inch margins`
    : `margins ${inches(top)} in top, ${inches(right)} in right, ${inches(bottom)} in bottom, ${inches(left)} in left`;
  return `${setup.paper} (${inches(setup.width)} × ${inches(setup.height)} in), ${margins}, Times ${setup.fontSize} pt, ${setup.leading} pt leading`;
}

/**
 * Checks a page setup: sizes finite and positive, margins finite and not negative, a text box left over.
 * @throws AppError `VALIDATION_FAILED` naming each bad field (`page.margins.left`…).
 */
export function assertPageSetup(setup: TPageSetup): void {
  const problems: TProblem[] = [];
  const bad = (field: string, message: string): void => {
    problems.push({ path: `$.page.${field}`, message: `page.${field} ${message}` });
  };
  const isFinite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  for (const field of ['width', 'height', 'fontSize', 'leading'] as const) {
    if (!isFinite(setup[field]) || setup[field] <= 0) bad(field, 'must be a positive number of points');
  }
  for (const side of ['top', 'right', 'bottom', 'left'] as const) {
    const margin: unknown = setup.margins?.[side];
    if (!isFinite(margin) || margin < 0) bad(`margins.${side}`, 'must be a non-negative number of points');
  }
  if (problems.length === 0) {
    if (setup.width - setup.margins.left - setup.margins.right <= 0) bad('margins', 'leave no width for text');
    if (setup.height - setup.margins.top - setup.margins.bottom < setup.leading) bad('margins', 'leave no room for one line');
  }
  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', problems[0]!.message, { field: problems[0]!.path.slice(2), problems });
  }
}
