/** Styles that decide where text wraps; the mirror copies them to find how far down an offset is. */
const MIRRORED_STYLES = [
  'boxSizing',
  'width',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'tabSize',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
] as const;

/** How far down the textarea's content an offset sits, in px, measured on a hidden copy of its text. */
function offsetTop(textarea: HTMLTextAreaElement, offset: number): number {
  const mirror = document.createElement('div');
  const style = getComputedStyle(textarea);
  for (const name of MIRRORED_STYLES) mirror.style[name] = style[name];
  mirror.style.position = 'absolute';
  mirror.style.visibility = 'hidden';
  mirror.style.top = '0';
  mirror.style.left = '-10000px';
  mirror.style.height = 'auto';
  mirror.style.whiteSpace = 'pre-wrap';
  mirror.style.overflowWrap = 'break-word';
  mirror.textContent = textarea.value.slice(0, offset);
  const marker = document.createElement('span');
  marker.textContent = '\u200b';
  mirror.append(marker);
  document.body.append(mirror);
  const top = marker.offsetTop;
  mirror.remove();
  return top;
}

/**
 * Selects a span of the textarea's text and moves focus there, scrolled into view: how a finding is shown
 * in the text, so that keyboard and screen-reader users land on it too. Offsets outside the text are clamped.
 */
export function selectInTextarea(textarea: HTMLTextAreaElement, start: number, end: number): void {
  const length = textarea.value.length;
  const from = Math.max(0, Math.min(start, length));
  const to = Math.max(from, Math.min(end, length));
  textarea.focus({ preventScroll: true });
  textarea.setSelectionRange(from, to);
  textarea.scrollTop = Math.max(0, offsetTop(textarea, from) - textarea.clientHeight / 3);
  textarea.scrollIntoView({ block: 'nearest' });
}
