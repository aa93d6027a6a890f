/**
 * Unsaved text kept in the browser (localStorage), so that a reload, a crash or an expired session loses
 * nothing. A draft is keyed by package id and the version its text was based on: when the package has moved
 * on since (saved elsewhere), the draft is still found and offered, never silently applied over the newer text.
 */
export interface TLocalDraft {
  readonly packageId: string;
  /** The package's record `version` the text was based on (quoted on save). */
  readonly baseVersion: number;
  readonly text: string;
  /** When the draft was last written, ISO 8601. */
  readonly savedAt: string;
}

/** The part of the Web Storage API a draft store needs (localStorage, or a fake in tests). */
export type TDraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface TDraftStore {
  /** Every draft of the package, newest base version first. */
  list(packageId: string): TLocalDraft[];
  /** Writes a draft; false when the browser refuses (storage full or disabled), so the page can say so. */
  write(draft: TLocalDraft): boolean;
  remove(packageId: string, baseVersion: number): void;
}

const PREFIX = 'ecq-workbench:draft:';

export function draftKey(packageId: string, baseVersion: number): string {
  return `${PREFIX}${packageId}:${baseVersion}`;
}

function parseDraft(value: string | null): TLocalDraft | undefined {
  if (value === null) return undefined;
  try {
    const draft = JSON.parse(value) as Partial<TLocalDraft>;
    return typeof draft.packageId === 'string' &&
      typeof draft.baseVersion === 'number' &&
      typeof draft.text === 'string' &&
      typeof draft.savedAt === 'string'
      ? { packageId: draft.packageId, baseVersion: draft.baseVersion, text: draft.text, savedAt: draft.savedAt }
      : undefined;
  } catch {
    return undefined;
  }
}

/** A draft store over `storage`; without storage (disabled by the browser) it keeps nothing and says so. */
export function createDraftStore(storage: TDraftStorage | undefined): TDraftStore {
  return {
    list(packageId) {
      if (storage === undefined) return [];
      const prefix = `${PREFIX}${packageId}:`;
      const drafts: TLocalDraft[] = [];
      try {
        for (let index = 0; index < storage.length; index++) {
          const key = storage.key(index);
          if (key === null || !key.startsWith(prefix)) continue;
          const draft = parseDraft(storage.getItem(key));
          if (draft !== undefined && draft.packageId === packageId) drafts.push(draft);
        }
      } catch {
        return [];
      }
      return drafts.sort((a, b) => b.baseVersion - a.baseVersion);
    },
    write(draft) {
      if (storage === undefined) return false;
      try {
        storage.setItem(draftKey(draft.packageId, draft.baseVersion), JSON.stringify(draft));
        return true;
      } catch {
        return false;
      }
    },
    remove(packageId, baseVersion) {
      try {
        storage?.removeItem(draftKey(packageId, baseVersion));
      } catch {
        // Nothing to do: a draft that cannot be removed is offered again, never applied silently.
      }
    },
  };
}

/** The browser's localStorage, when the browser allows it (it may throw when cookies are blocked). */
export function browserDraftStorage(): TDraftStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
