import { describe, expect, it } from 'vitest';
import { isDefaultQueueFilter, parseQueueStatuses, queueFilterOf, queueSearchOf } from './queue-filter';

describe('the queue’s filter in the address', () => {
  it('defaults to the cases waiting for a board, every agency and basis', () => {
    const filter = queueFilterOf(new URLSearchParams(''));
    expect(filter).toEqual({ status: ['submitted', 'resubmitted'] });
    expect(isDefaultQueueFilter(filter)).toBe(true);
    expect(queueSearchOf(filter).toString()).toBe('');
  });

  it('reads and writes statuses, agency and basis, and ignores a basis it does not know', () => {
    const filter = queueFilterOf(new URLSearchParams('status=assigned,on_hold&agencyId=a1&basis=B'));
    expect(filter).toEqual({ status: ['assigned', 'on_hold'], agencyId: 'a1', basis: 'B' });
    expect(isDefaultQueueFilter(filter)).toBe(false);
    expect(queueSearchOf(filter).toString()).toBe('status=assigned%2Con_hold&agencyId=a1&basis=B');
    expect(queueFilterOf(new URLSearchParams('basis=D'))).toEqual({ status: ['submitted', 'resubmitted'] });
  });

  it('reads the queue’s statuses from the address, keeping only those the queue shows', () => {
    expect(parseQueueStatuses(null)).toEqual(['submitted', 'resubmitted']);
    expect(parseQueueStatuses('')).toEqual(['submitted', 'resubmitted']);
    // In the queue's own order, each once; drafts and unknown words are dropped.
    expect(parseQueueStatuses('on_hold,assigned,draft,bogus,assigned')).toEqual(['assigned', 'on_hold']);
    expect(parseQueueStatuses('draft')).toEqual(['submitted', 'resubmitted']);
  });
});
