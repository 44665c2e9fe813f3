import { describe, expect, it } from 'vitest';
import { describeError, MAX_ENTRIES, parseLog, scrubMessage, withEntry } from '../../../../lib/records/error-log.ts';

describe('error log', () => {
  it('entries are short, masked, and capped', () => {
    expect(scrubMessage('bad input jo.bloggs@example.com 07700 900123')).toBe('bad input [email] [number]');
    expect(scrubMessage('x'.repeat(500)).length).toBe(200);
    let log = parseLog('nonsense');
    for (let i = 0; i < MAX_ENTRIES + 5; i++) log = withEntry(log, { at: i, site: 'x', where: 'send-guard', message: `e${i}` });
    expect(log).toHaveLength(MAX_ENTRIES);
    expect(log[0]!.message).toBe('e5');
  });

  it('describes errors by name and message', () => {
    expect(describeError(new TypeError('boom'))).toBe('TypeError: boom');
    expect(describeError('plain')).toBe('plain');
  });
});
