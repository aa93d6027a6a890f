import { useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { TCcarPart } from '../api/wire-types';
import { insertSnippet, type TSnippet } from './insert-snippet';
import { NARRATIVE_TEXT_MAX_LENGTH } from '@ecq/core';
import { CCAR_LABELS } from './workbench-labels';

export const NARRATIVE_TEXT_ID = 'narrative-text';

/**
 * The plain-text editor: a large labelled textarea and the helpers that insert CCAR labels and ECQ headings
 * at the cursor. Every helper is a button (keyboard operable); after inserting, focus returns to the text with
 * the caret after the insertion.
 */
export function NarrativeTextEditor(props: {
  readonly text: string;
  readonly onChange: (text: string) => void;
  /** ECQ headings of the package's model, e.g. "ECQ 1: Leading Change". */
  readonly headings: readonly string[];
  readonly onSave: () => void;
  readonly textareaRef: RefObject<HTMLTextAreaElement | null>;
  readonly describedBy?: string;
}) {
  const { text, onChange, headings, textareaRef } = props;
  const pendingCaret = useRef<number | undefined>(undefined);
  const [heading, setHeading] = useState(0);

  useLayoutEffect(() => {
    const caret = pendingCaret.current;
    const textarea = textareaRef.current;
    if (caret === undefined || textarea === null) return;
    pendingCaret.current = undefined;
    textarea.focus();
    textarea.setSelectionRange(caret, caret);
  }, [text, textareaRef]);

  function insert(snippet: TSnippet) {
    const at = textareaRef.current?.selectionStart ?? text.length;
    const result = insertSnippet(text, at, snippet);
    pendingCaret.current = result.caret;
    onChange(result.text);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      props.onSave();
    }
  }

  return (
    <div className="ecq-editor">
      <div className="ecq-editor__helpers">
        <div role="group" aria-label="Insert a CCAR label at the cursor" className="ecq-editor__helper-group">
          <span className="ecq-editor__helper-label" aria-hidden="true">
            Insert:
          </span>
          {(Object.keys(CCAR_LABELS) as TCcarPart[]).map((part) => (
            <button
              key={part}
              type="button"
              className="usa-button usa-button--outline usa-button--small ecq-editor__helper"
              onClick={() => insert({ kind: 'label', text: CCAR_LABELS[part] })}
            >
              {CCAR_LABELS[part]}
            </button>
          ))}
        </div>
        {headings.length === 0 ? null : (
          <div role="group" aria-label="Insert an ECQ heading at the cursor" className="ecq-editor__helper-group">
            <label className="usa-sr-only" htmlFor="ecq-heading-choice">
              ECQ heading
            </label>
            <select
              id="ecq-heading-choice"
              className="usa-select ecq-editor__heading-select"
              value={heading}
              onChange={(event) => setHeading(Number(event.target.value))}
            >
              {headings.map((h, index) => (
                <option key={h} value={index}>
                  {h}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="usa-button usa-button--outline usa-button--small ecq-editor__helper"
              onClick={() => insert({ kind: 'heading', text: headings[heading] ?? headings[0] ?? '' })}
            >
              Insert heading
            </button>
          </div>
        )}
      </div>
      <label className="usa-label" htmlFor={NARRATIVE_TEXT_ID}>
        Narrative text
      </label>
      <div className="usa-hint" id={`${NARRATIVE_TEXT_ID}-hint`}>
        Plain text: an ECQ heading on its own line (“ECQ 1: Leading Change”), then your examples, each with its
        Challenge, Context, Action and Result. The analysis updates as you type. Ctrl+S saves.
      </div>
      <textarea
        id={NARRATIVE_TEXT_ID}
        ref={textareaRef}
        className="usa-textarea ecq-editor__text"
        value={text}
        spellCheck
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby={[`${NARRATIVE_TEXT_ID}-hint`, props.describedBy ?? ''].join(' ').trim()}
      />
      <p className={`ecq-editor__counts${text.length > NARRATIVE_TEXT_MAX_LENGTH ? ' is-over' : ''}`} data-testid="text-counts">
        {text.length.toLocaleString('en-US')} of {NARRATIVE_TEXT_MAX_LENGTH.toLocaleString('en-US')} characters
      </p>
    </div>
  );
}
