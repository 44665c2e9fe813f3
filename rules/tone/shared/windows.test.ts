import { describe, expect, it } from 'vitest';
import { createDoc, createPartDoc } from '../../../lib/engine/doc.ts';
import { boundaryFirst, triggerWindows } from './windows.ts';

const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0], ...m.slice(1)]);

describe('boundaryFirst', () => {
  it('tests the word boundary once when every alternative starts with one, with the same matches and groups', () => {
    const re = /\bwill\s+be\s+(trouble)\b|\b(?:bad|rotten)\s+apple\b|\bno\s+hope|\bgo(?:ne|es)?\s+(?:the\s+)?same\s+way/gi;
    const first = boundaryFirst(re);
    expect(first).not.toBe(re);
    expect(first.source.startsWith('\\b(?:')).toBe(true);
    expect(first.flags).toBe(re.flags);
    const text = "He will be trouble, a bad apple, no hope. Swill be troubled; rotten apples; gone same way; willbe trouble";
    expect(matches(first, text)).toEqual(matches(re, text));
    expect(matches(first, text).length).toBe(4);
  });

  it('keeps a regex that has an alternative not starting at a word boundary', () => {
    const emoji = /\blol\b|😂/g;
    expect(boundaryFirst(emoji)).toBe(emoji);
    const single = /\b(?:a|b)\s+c/g;
    expect(boundaryFirst(single)).toBe(single);
  });

  it('does not split at "|" inside groups or classes, or at an escaped one', () => {
    const grouped = /\b(?:a|b)|x[|]y|\bz\|/g;
    expect(boundaryFirst(grouped)).toBe(grouped);
    const all = /\b(?:a|b)|\b[|x]y|\bz\|/g;
    expect(boundaryFirst(all)).not.toBe(all);
    expect(matches(boundaryFirst(all), 'a |y z| b xy')).toEqual(matches(all, 'a |y z| b xy'));
  });
});

describe('triggerWindows', () => {
  it('finds each trigger set its own words, however many sets a post is asked about and in what order', () => {
    const doc = createDoc('The cat sat. A dog ran far away from the cat. Birds sang.');
    const cats = new Set(['cat']);
    const dogs = new Set(['dog', 'birds']);
    const none = new Set(['zebra']);
    const spans = (ws: readonly { start: number; end: number }[], d = doc) => ws.map((w) => d.text.slice(w.start, w.end));
    expect(spans(triggerWindows(doc, cats, 0))).toEqual(['cat', 'cat.']);
    // A set first seen after the post's words were looked up for the others.
    expect(spans(triggerWindows(doc, dogs, 0))).toEqual(['dog', 'Birds']);
    expect(triggerWindows(doc, none, 5)).toEqual([]);
    const again = createDoc('Birds and a cat.');
    expect(spans(triggerWindows(again, dogs, 0), again)).toEqual(['Birds']);
    expect(spans(triggerWindows(again, cats, 0), again)).toEqual(['cat.']);
  });

  it("gives a part of a post (read off the post's trigger words) the windows of the part's text read as a post", () => {
    const text = 'Thanks for the email at 9pm. Cheers again, love the new policy!\nSick of it. Cheers all, the head got a bonus and we got an email. Thanks';
    const post = createDoc(text);
    const sets = [new Set(['cheers', 'thanks']), new Set(['email', 'got', 'sick']), new Set(['zebra'])];
    // Post first, then parts (the usual order), and parts before the post.
    for (const postFirst of [true, false]) {
      const whole = createDoc(text);
      if (postFirst) for (const set of sets) triggerWindows(whole, set, 12);
      for (let from = 0; from < text.length; from += 7) {
        for (const end of [from, from + 5, from + 30, from + 64, text.length]) {
          if (end > text.length) continue;
          const part = createPartDoc(whole, from, end);
          const alone = createDoc(text.slice(from, end));
          for (const set of sets) for (const radius of [0, 12]) expect(triggerWindows(part, set, radius)).toEqual(triggerWindows(alone, set, radius));
          // A part of a part.
          const inner = createPartDoc(part, 0, Math.floor((end - from) / 2));
          expect(triggerWindows(inner, sets[0]!, 5)).toEqual(triggerWindows(createDoc(text.slice(from, from + Math.floor((end - from) / 2))), sets[0]!, 5));
        }
      }
    }
    expect(triggerWindows(post, sets[0]!, 0).map((w) => text.slice(w.start, w.end))).toEqual(['Thanks', 'Cheers', 'Cheers', 'Thanks']);
  });
});
