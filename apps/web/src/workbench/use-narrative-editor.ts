import { useCallback, useEffect, useMemo, useState } from 'react';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { NARRATIVE_TEXT_MAX_LENGTH } from '@ecq/core';
import { api, isApiError } from '../api/api-client';
import { NARRATIVES_KEY, narrativeQuery } from '../api/queries';
import type { TNarrativeImportResult, TNarrativePackageDetail } from '../api/wire-types';
import { browserDraftStorage, createDraftStore, type TDraftStore, type TLocalDraft } from './local-draft';

/** A save refused because the package moved on elsewhere (409); the user's text stays in the editor. */
export interface TSaveConflict {
  /** The package as saved elsewhere; undefined when it could not be loaded either. */
  readonly latest: TNarrativePackageDetail | undefined;
}

/** Text the user chose to set aside (after loading the latest version in a conflict), shown until dismissed. */
export interface TSetAsideText {
  readonly text: string;
  readonly baseVersion: number;
}

interface TInitialText {
  readonly text: string;
  /** The draft of this very version that was put back in the editor, for the notice. */
  readonly restored: TLocalDraft | undefined;
  /** Drafts based on other versions (the package moved on since): offered, never applied silently. */
  readonly others: readonly TLocalDraft[];
  /** Drafts whose text is the saved text already: nothing to offer, so they are removed. */
  readonly redundant: readonly TLocalDraft[];
}

/** On opening a package: its draft of this version, if any and different, goes back in the editor. */
function initialTextOf(store: TDraftStore, pkg: TNarrativePackageDetail): TInitialText {
  const drafts = store.list(pkg.id);
  const same = drafts.find((draft) => draft.baseVersion === pkg.version);
  const others = drafts.filter((draft) => draft.baseVersion !== pkg.version && draft.text !== pkg.current.text);
  const redundant = drafts.filter((draft) => draft.baseVersion !== pkg.version && draft.text === pkg.current.text);
  if (same === undefined || same.text === pkg.current.text) return { text: pkg.current.text, restored: undefined, others, redundant };
  return { text: same.text, restored: same, others, redundant };
}

/** After a write, the package's queries show the new version; lists and histories are asked for again. */
function rememberSaved(queryClient: QueryClient, saved: TNarrativePackageDetail): void {
  queryClient.setQueryData(narrativeQuery(saved.id).queryKey, saved);
  void queryClient.invalidateQueries({ queryKey: [NARRATIVES_KEY, 'list'] });
  void queryClient.invalidateQueries({ queryKey: [NARRATIVES_KEY, saved.id, 'versions'] });
}

/** A file as base64, for POST /api/narratives/:id/import. */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name} could not be read`));
    reader.readAsDataURL(file);
  });
}

/**
 * The editor's state: the text, the saved version it is based on, and the local draft that keeps unsaved
 * text across reloads. A save quotes the base version; a 409 keeps the text in the editor and offers the
 * newer version; a failed save keeps everything and says so. Nothing typed is dropped without the user
 * asking for it.
 */
export function useNarrativeEditor(initial: TNarrativePackageDetail) {
  const queryClient = useQueryClient();
  const store = useMemo(() => createDraftStore(browserDraftStorage()), []);
  const [start] = useState(() => initialTextOf(store, initial));
  const [base, setBase] = useState(initial);
  const [text, setText] = useState(start.text);
  const [restored, setRestored] = useState(start.restored);
  const [otherDrafts, setOtherDrafts] = useState(start.others);
  const [conflict, setConflict] = useState<TSaveConflict | undefined>();
  const [setAside, setSetAside] = useState<TSetAsideText | undefined>();
  const [isDraftKept, setIsDraftKept] = useState(true);
  const [tooLong, setTooLong] = useState(false);
  const isDirty = text !== base.current.text;

  useEffect(() => {
    for (const draft of start.redundant) store.remove(draft.packageId, draft.baseVersion);
  }, [store, start]);

  useEffect(() => {
    if (!isDirty) {
      store.remove(base.id, base.version);
      setIsDraftKept(true);
      return;
    }
    setIsDraftKept(store.write({ packageId: base.id, baseVersion: base.version, text, savedAt: new Date().toISOString() }));
  }, [store, base, text, isDirty]);

  const save = useMutation({
    mutationFn: (request: { readonly text: string; readonly version: number }) =>
      api.send<TNarrativePackageDetail>('PUT', `/api/narratives/${encodeURIComponent(initial.id)}`, request),
    onSuccess(saved, request) {
      store.remove(saved.id, request.version);
      rememberSaved(queryClient, saved);
      setBase(saved);
      setRestored(undefined);
      setConflict(undefined);
    },
    async onError(error) {
      if (!(isApiError(error) && error.code === 'CONFLICT')) return;
      let latest: TNarrativePackageDetail | undefined;
      try {
        latest = await queryClient.fetchQuery({ ...narrativeQuery(initial.id), staleTime: 0 });
      } catch {
        latest = undefined;
      }
      setConflict({ latest });
    },
  });

  const importFile = useMutation({
    mutationFn: async (file: File) =>
      api.send<TNarrativeImportResult>('POST', `/api/narratives/${encodeURIComponent(initial.id)}/import`, {
        filename: file.name,
        contentBase64: await readFileAsBase64(file),
        version: base.version,
      }),
    onSuccess(result) {
      rememberSaved(queryClient, result.package);
      setBase(result.package);
      setText(result.package.current.text);
      setRestored(undefined);
    },
  });

  const requestSave = useCallback(() => {
    if (save.isPending || conflict !== undefined || text === base.current.text) return;
    if (text.length > NARRATIVE_TEXT_MAX_LENGTH) {
      setTooLong(true);
      return;
    }
    setTooLong(false);
    save.mutate({ text, version: base.version });
  }, [save, conflict, text, base]);

  return {
    base,
    text,
    setText,
    isDirty,
    isDraftKept,
    tooLong,
    save,
    requestSave,
    importFile,
    restored,
    /** Drop the restored draft: back to the saved text of this version. */
    discardRestored() {
      setText(base.current.text);
      setRestored(undefined);
    },
    otherDrafts,
    applyOtherDraft(draft: TLocalDraft) {
      setText(draft.text);
      store.remove(draft.packageId, draft.baseVersion);
      setOtherDrafts((drafts) => drafts.filter((d) => d !== draft));
    },
    discardOtherDraft(draft: TLocalDraft) {
      store.remove(draft.packageId, draft.baseVersion);
      setOtherDrafts((drafts) => drafts.filter((d) => d !== draft));
    },
    conflict,
    /** Conflict: show the newer version; the user's text is set aside on the page (and stays in the draft) until dismissed. */
    loadLatest() {
      if (conflict?.latest === undefined) return;
      setSetAside({ text, baseVersion: base.version });
      setBase(conflict.latest);
      setText(conflict.latest.current.text);
      setConflict(undefined);
      save.reset();
    },
    /** Conflict: keep the text in the editor, now based on the newer version; the next save makes it the newest. */
    keepMine() {
      if (conflict?.latest === undefined) return;
      store.remove(base.id, base.version);
      setBase(conflict.latest);
      setConflict(undefined);
      save.reset();
    },
    setAside,
    dismissSetAside() {
      if (setAside !== undefined) store.remove(base.id, setAside.baseVersion);
      setSetAside(undefined);
    },
  };
}

export type TNarrativeEditor = ReturnType<typeof useNarrativeEditor>;
