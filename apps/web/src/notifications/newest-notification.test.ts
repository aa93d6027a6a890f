import { describe, expect, it } from 'vitest';
import { newestNotificationId } from './newest-notification';

describe('marking notifications read', () => {
  it('marks up to the newest one listed, on whichever page it is', () => {
    expect(newestNotificationId([])).toBeUndefined();
    expect(newestNotificationId([{ items: [] }])).toBeUndefined();
    expect(newestNotificationId([{ items: [{ id: 41 }, { id: 17 }] }, { items: [{ id: 9 }] }])).toBe(41);
    expect(newestNotificationId([{ items: [{ id: 3 }] }, { items: [{ id: 52 }] }])).toBe(52);
  });
});
