import { describe, expect, it } from 'vitest';
import { createCachedAnalyzer } from '../../../../extension/compose/cached-analyzer.ts';

describe('cached analyser', () => {
  it('answers a repeated text from its cache, and a new configuration clears it', () => {
    const a = createCachedAnalyzer();
    const text = 'We had a lovely trip to Woodbridge Junior School today';
    const first = a.analyze(text);
    expect(a.analyze(text)).toBe(first);
    a.configure({ schoolName: 'Woodbridge Junior School' });
    const after = a.analyze(text);
    expect(after).not.toBe(first);
    expect(after.some((f) => f.category === 'school')).toBe(true);
  });

  it('warms up one sample at a time without throwing, and keeps answering', () => {
    const a = createCachedAnalyzer();
    let steps = 1;
    while (a.warm()) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(a.warm()).toBe(false);
    expect(a.analyze('Email me at jo.bloggs@example.com').map((f) => f.category)).toContain('personal');
  });
});
