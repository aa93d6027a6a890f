import { useEffect, useRef } from 'react';
import { isApiError } from '../api/api-client';
import { Alert, ErrorAlert } from '../components/alert';
import { CopyTextButton } from './copy-text-button';
import type { TNarrativeEditor } from './use-narrative-editor';
import { formatDateTime } from './workbench-labels';

/**
 * What the editor has to tell before anything else: a save refused because the package changed elsewhere
 * (409), a save that failed, text set aside, and drafts found in this browser. Each says where the user's
 * text is and offers what to do with it.
 */
export function EditorNotices({ editor }: { readonly editor: TNarrativeEditor }) {
  return (
    <>
      <SaveConflictAlert editor={editor} />
      <SaveErrorAlert editor={editor} />
      <SetAsideText editor={editor} />
      <DraftNotices editor={editor} />
    </>
  );
}

function SaveConflictAlert({ editor }: { readonly editor: TNarrativeEditor }) {
  const { conflict, base } = editor;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (conflict !== undefined) ref.current?.focus();
  }, [conflict]);
  if (conflict === undefined) return null;
  const now = conflict.latest?.currentVersion;
  return (
    <div ref={ref} tabIndex={-1} data-testid="save-conflict">
      <Alert type="warning" heading={`This package was changed elsewhere (now version ${now ?? 'newer'})`} isUrgent>
        <p>
          Your text was <strong>not saved</strong>: version {now ?? 'a newer version'} was saved in another tab or on another device
          after you opened version {base.currentVersion}. Your text is still in the editor, and kept in this browser.
        </p>
        {conflict.latest === undefined ? (
          <p>The newer version could not be loaded. Copy your text, then reload the page.</p>
        ) : null}
        <div className="ecq-actions">
          {conflict.latest === undefined ? null : (
            <>
              <button type="button" className="usa-button" onClick={editor.loadLatest}>
                Load the latest version
              </button>
              <button type="button" className="usa-button usa-button--outline" onClick={editor.keepMine}>
                Keep my text to save over it
              </button>
            </>
          )}
          <CopyTextButton text={editor.text} label="Copy my text" />
        </div>
        <p className="font-body-2xs margin-bottom-0">
          Loading the latest version puts it in the editor and keeps your text beside it until you dismiss it. Keeping your text
          lets you save it as the newest version; version {now ?? 'the newer one'} stays in the history either way.
        </p>
      </Alert>
    </div>
  );
}

function SaveErrorAlert({ editor }: { readonly editor: TNarrativeEditor }) {
  const { save, tooLong } = editor;
  if (tooLong) {
    return (
      <Alert type="error" heading="Your changes were not saved" isUrgent>
        <p className="margin-0">
          The text is longer than a package may hold (200,000 characters). Shorten it and save again; it is kept in this browser
          meanwhile.
        </p>
      </Alert>
    );
  }
  if (!save.isError || (isApiError(save.error) && save.error.code === 'CONFLICT')) return null;
  return (
    <div data-testid="save-error">
      <ErrorAlert error={save.error} heading="Your changes were not saved" />
      <p className="margin-top-0">Your text is still in the editor and kept in this browser. Save again when you are ready.</p>
    </div>
  );
}

function SetAsideText({ editor }: { readonly editor: TNarrativeEditor }) {
  const { setAside } = editor;
  if (setAside === undefined) return null;
  return (
    <Alert type="info" heading="Your text that was not saved" headingLevel={2}>
      <p>
        The editor now shows the latest version. Here is the text you had; copy what you need into the editor, then dismiss this.
      </p>
      <label className="usa-label" htmlFor="set-aside-text">
        Your unsaved text
      </label>
      <textarea id="set-aside-text" className="usa-textarea ecq-set-aside" readOnly value={setAside.text} />
      <div className="ecq-actions">
        <CopyTextButton text={setAside.text} label="Copy my text" />
        <button type="button" className="usa-button usa-button--unstyled" onClick={editor.dismissSetAside}>
          Dismiss: I have what I need
        </button>
      </div>
    </Alert>
  );
}

function DraftNotices({ editor }: { readonly editor: TNarrativeEditor }) {
  const { restored, otherDrafts, base, isDirty } = editor;
  return (
    <>
      {restored === undefined ? null : (
        <div data-testid="draft-restored">
          <Alert type="info" heading="Your unsaved changes were restored">
            <p className="margin-0">
              This browser kept the changes you made on {formatDateTime(restored.savedAt)} to version {base.currentVersion}. They are
              not saved yet.{' '}
              <button type="button" className="usa-button usa-button--unstyled" onClick={editor.discardRestored}>
                Discard them and go back to version {base.currentVersion}
              </button>
            </p>
          </Alert>
        </div>
      )}
      {otherDrafts.map((draft) => (
        <div key={draft.baseVersion} data-testid="draft-other">
          <Alert type="warning" heading="Unsaved text from an earlier version was found">
            <p>
              This browser kept text you wrote on {formatDateTime(draft.savedAt)} that was never saved. The package has been saved
              again since (it is now at version {base.currentVersion}), so the text is not in the editor.
            </p>
            <div className="ecq-actions">
              <button
                type="button"
                className="usa-button usa-button--outline"
                disabled={isDirty}
                onClick={() => editor.applyOtherDraft(draft)}
              >
                Put it in the editor
              </button>
              <CopyTextButton text={draft.text} label="Copy it" />
              <button type="button" className="usa-button usa-button--unstyled" onClick={() => editor.discardOtherDraft(draft)}>
                Discard it
              </button>
            </div>
            {isDirty ? <p className="font-body-2xs margin-bottom-0">Save or undo your current changes before putting it in the editor.</p> : null}
          </Alert>
        </div>
      ))}
    </>
  );
}
