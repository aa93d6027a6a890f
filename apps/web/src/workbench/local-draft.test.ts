import { describe, expect, it } from 'vitest';
import { createDraftStore, draftKey, type TDraftStorage } from './local-draft';

function fakeStorage(options: { readonly isFull?: boolean } = {}): TDraftStorage & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      if (options.isFull === true) throw new DOMException('quota exceeded', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
  };
}

const draft = (packageId: string, baseVersion: number, text: string) => ({ packageId, baseVersion, text, savedAt: '2025-07-01T12:00:00.000Z' });

describe('local drafts', () => {
  it('keeps a draft per package and base version, newest base first, and forgets one on request', () => {
    const storage = fakeStorage();
    const store = createDraftStore(storage);
    expect(store.write(draft('p1', 1, 'old text'))).toBe(true);
    expect(store.write(draft('p1', 3, 'newer text'))).toBe(true);
    expect(store.write(draft('p2', 1, 'another package'))).toBe(true);
    expect(store.list('p1').map((d) => [d.baseVersion, d.text])).toEqual([
      [3, 'newer text'],
      [1, 'old text'],
    ]);
    store.remove('p1', 3);
    expect(store.list('p1').map((d) => d.baseVersion)).toEqual([1]);
    expect(store.list('p2')).toHaveLength(1);
  });

  it('skips entries it cannot read and says when the browser refuses to keep a draft', () => {
    const storage = fakeStorage();
    storage.items.set(draftKey('p1', 2), '{not json');
    storage.items.set(draftKey('p1', 4), JSON.stringify({ packageId: 'p1', baseVersion: 'four' }));
    expect(createDraftStore(storage).list('p1')).toEqual([]);
    expect(createDraftStore(fakeStorage({ isFull: true })).write(draft('p1', 1, 'x'))).toBe(false);
    expect(createDraftStore(undefined).write(draft('p1', 1, 'x'))).toBe(false);
    expect(createDraftStore(undefined).list('p1')).toEqual([]);
  });
});
