import type { TNarrativeEditor } from './use-narrative-editor';
import { formatDateTime } from './workbench-labels';

/** Where the text stands, in words (a polite live region), and the Save button. */
function saveStatus(editor: TNarrativeEditor): string {
  const { save, conflict, isDirty, isDraftKept, base } = editor;
  if (save.isPending) return 'Saving…';
  if (conflict !== undefined) return 'Not saved: the package was changed elsewhere.';
  if (isDirty && save.isError) return 'Not saved: the save failed. Your text is kept in this browser.';
  if (isDirty) {
    return isDraftKept
      ? 'Unsaved changes, kept in this browser until you save.'
      : 'Unsaved changes. This browser could not keep a copy: save soon.';
  }
  return `All changes saved: version ${base.currentVersion}, ${formatDateTime(base.current.createdAt)}.`;
}

/**
 * The Save button stays focusable when there is nothing to save (aria-disabled, not disabled), so that focus
 * is not dropped on the page when a save completes.
 */
export function SaveBar({ editor }: { readonly editor: TNarrativeEditor }) {
  const { save, conflict, isDirty, requestSave } = editor;
  const isAvailable = isDirty && !save.isPending && conflict === undefined;
  return (
    <div className="ecq-savebar">
      <button
        type="button"
        className="usa-button ecq-savebar__button"
        aria-disabled={!isAvailable}
        aria-describedby="save-status"
        onClick={() => {
          if (isAvailable) requestSave();
        }}
      >
        {save.isPending ? 'Saving…' : 'Save'}
      </button>
      <p role="status" id="save-status" className={`ecq-savebar__status${isDirty ? ' is-dirty' : ''}`} data-testid="save-status">
        {saveStatus(editor)}
      </p>
    </div>
  );
}
