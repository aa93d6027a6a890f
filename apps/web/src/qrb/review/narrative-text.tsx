import { memo, useEffect, useMemo, useRef } from 'react';
import type { TTextSpan } from '../../api/wire-types';
import { blockIndexAt, piecesOf, textBlocksOf } from './mark-text';

/**
 * The shared package's text, read-only, in paragraphs (ECQ headings as headings). A selected finding's span
 * is wrapped in <mark>, scrolled into view and focused, so that the keyboard and a screen reader land on the
 * words it points at; `selection.key` changes on every choice, also of the same finding again.
 */
export const NarrativeText = memo(function NarrativeText(props: {
  readonly text: string;
  readonly selection: { readonly span: TTextSpan; readonly key: number } | undefined;
  readonly labelledBy: string;
}) {
  const { text, selection } = props;
  const blocks = useMemo(() => textBlocksOf(text), [text]);
  const containerRef = useRef<HTMLDivElement>(null);
  const span = selection?.span;
  const markedBlock = span === undefined ? -1 : blockIndexAt(blocks, span.start);
  useEffect(() => {
    if (selection === undefined) return;
    const container = containerRef.current;
    const target = container?.querySelector<HTMLElement>('mark') ?? container?.querySelector<HTMLElement>(`[data-block="${markedBlock}"]`);
    if (target === null || target === undefined) return;
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }, [selection, markedBlock]);
  return (
    <div ref={containerRef} className="ecq-qrb-text" tabIndex={0} role="region" aria-labelledby={props.labelledBy} data-testid="package-text">
      {blocks.map((block, index) => {
        const pieces = piecesOf(text, block, span);
        let isFirstMark = true;
        const content = pieces.map((piece, pieceIndex) => {
          if (!piece.isMarked) return <span key={pieceIndex}>{piece.text}</span>;
          const mark = (
            <mark key={pieceIndex} tabIndex={isFirstMark ? -1 : undefined}>
              {piece.text}
            </mark>
          );
          isFirstMark = false;
          return mark;
        });
        return block.kind === 'heading' ? (
          <h3 key={block.start} data-block={index} tabIndex={-1}>
            {content}
          </h3>
        ) : (
          <p key={block.start} data-block={index} tabIndex={-1}>
            {content}
          </p>
        );
      })}
    </div>
  );
});
