/**
 * The page layout engine (issue 4, part 3): ECQ narratives laid out on real pages (POLICY.md §3), shared by
 * the page-count rules and the PDF export. Pure, synchronous, browser-safe.
 */
export {
  layoutNarrative,
  type TLayoutLine,
  type TLayoutMarginText,
  type TLayoutNarrativeOptions,
  type TLayoutPage,
  type TLayoutSection,
  type TNarrativeLayout,
} from './layout-narrative';
export { measureNarrativePages } from './measure-narrative-pages';
export {
  ASCENT_EM,
  assertPageSetup,
  BODY_FONT_SIZE,
  DEFAULT_PAGE_SETUP,
  describePageSetup,
  linesPerPage,
  MARGIN_TEXT_SIZE,
  POINTS_PER_INCH,
  SINGLE_SPACING_LEADING,
  type TPageMargins,
  type TPageSetup,
} from './page-setup';
export { glyphWidth, LAYOUT_FONTS, measureTextWidth, widthUnits, type TLayoutFont } from './measure-text';
export { encodeWinAnsi, isWinAnsi, toWinAnsi, WIN_ANSI_SUBSTITUTE, winAnsiOf, type TWinAnsiSink, type TWinAnsiSource } from './to-win-ansi';
export { TIMES_BOLD_WIDTHS, TIMES_ROMAN_WIDTHS, WIN_ANSI_RANGES } from './times-widths';
