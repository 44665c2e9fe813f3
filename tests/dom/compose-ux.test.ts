import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ariaSuggestionsOpen } from '../../extension/dom/suggestions.ts';
import { moveFindings } from '../../extension/dom/compose-marks.ts';
import { candidates, placeBadge, type Box } from '../../extension/dom/badge-place.ts';
import { createComposeActivity, ACTIVITY_EVERY_MS } from '../../extension/dom/compose-activity.ts';
import { createTextareaMirror } from '../../extension/dom/highlight-mirror.ts';
import { locate } from '../../extension/dom/replace-text.ts';
import { watchComposers } from '../../extension/dom/compose-watch.ts';
import { installSendGuard } from '../../extension/dom/send-guard.ts';
import { quickFixFor } from '../../components/quick-fix.ts';
import { x } from '../../lib/sites/x.ts';
import type { Finding } from '../../lib/engine/types.ts';

const clause = { policy: 'P', id: 'G1', title: 'T', quote: 'Q', url: 'guide.html' };
const finding = (text: string, start: number, over: Partial<Finding> = {}): Finding => ({
  category: 'pupil',
  ruleId: 'pupil/child-name',
  start,
  end: start + text.length,
  text,
  severity: 'high',
  reason: 'r',
  clause,
  replacement: 'a pupil',
  ...over,
});

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
  document.body.replaceChildren();
});
afterEach(() => controller.abort());

describe('ariaSuggestionsOpen', () => {
  it('is true while the textbox or its combobox wrapper says aria-expanded="true"', () => {
    const wrap = document.createElement('div');
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    wrap.append(box);
    document.body.append(wrap);
    expect(ariaSuggestionsOpen(box)).toBe(false);
    box.setAttribute('aria-expanded', 'true');
    expect(ariaSuggestionsOpen(box)).toBe(true);
    box.setAttribute('aria-expanded', 'false');
    // A plain ancestor's aria-expanded (a collapsible section) is not a suggestion list.
    wrap.setAttribute('aria-expanded', 'true');
    expect(ariaSuggestionsOpen(box)).toBe(false);
    wrap.setAttribute('role', 'combobox');
    expect(ariaSuggestionsOpen(box)).toBe(true);
  });

  it('keeps Enter away from the send guard while a list is open', () => {
    const box = document.createElement('textarea');
    box.dataset.testid = 'dm-composer-textarea';
    box.value = 'mail me at jo@example.com';
    document.body.append(box);
    const onBlocked = vi.fn();
    const onPassed = vi.fn();
    installSendGuard({ surfaces: x.surfaces, analyze: (t) => (t.includes('@') ? [finding('jo@example.com', 11)] : []), onBlocked, onPassed, signal: controller.signal });
    box.setAttribute('aria-expanded', 'true');
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(onBlocked).not.toHaveBeenCalled();
    box.removeAttribute('aria-expanded');
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(onBlocked).toHaveBeenCalledTimes(1);
    box.value = 'all clear';
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(onPassed).toHaveBeenCalledTimes(1);
  });
});

describe('moveFindings (highlights follow edits)', () => {
  const text = 'Well done Sam and Amir today';
  const fs = [finding('Sam', 10), finding('Amir', 18)];
  it('keeps findings before the edit, shifts those after it, drops ones whose words went', () => {
    expect(moveFindings(text, `Very ${text}`, fs).map((f) => [f.text, f.start])).toEqual([['Sam', 15], ['Amir', 23]]);
    expect(moveFindings(text, `${text}!!`, fs).map((f) => [f.text, f.start])).toEqual([['Sam', 10], ['Amir', 18]]);
    expect(moveFindings(text, 'Well done Sam and today', fs).map((f) => [f.text, f.start])).toEqual([['Sam', 10]]);
    expect(moveFindings(text, 'Well done  and Amir today', fs).map((f) => [f.text, f.start])).toEqual([['Amir', 15]]);
  });
  it('finds moved words inside an edit and never points at other words', () => {
    const after = 'Sam did well, well done Sam and Amir';
    for (const f of moveFindings(text, after, fs)) expect(after.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('placeBadge', () => {
  const composer: Box = { left: 100, top: 100, width: 400, height: 80 };
  const size = { width: 120, height: 22 };
  const viewport = { width: 1000, height: 800 };
  const overlaps = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

  it('sits outside the composer (never over the text), above and right-aligned when that is free', () => {
    const p = placeBadge(composer, size, viewport, () => true)!;
    expect(p).toMatchObject({ slot: 0, free: true, top: 100 - 22 - 4, left: 500 - 120 });
    for (const c of candidates(composer, size)) expect(overlaps(c, composer)).toBe(false);
  });

  it('avoids spots the page uses (buttons) and the viewport edges, and keeps its place while free', () => {
    const button: Box = { left: 350, top: 185, width: 150, height: 40 };
    const free = (b: Box) => !overlaps(b, button);
    const top = placeBadge({ ...composer, top: 5 }, size, viewport, free)!;
    expect(top.top).toBeGreaterThanOrEqual(0);
    expect(overlaps(top, button)).toBe(false);
    expect(overlaps(top, { ...composer, top: 5 })).toBe(false);
    const again = placeBadge(composer, size, viewport, () => true, 2)!;
    expect(again.slot).toBe(2);
  });

  it('reports when nothing is free, so the caller hides it', () => {
    expect(placeBadge(composer, size, viewport, () => false)!.free).toBe(false);
    expect(placeBadge({ left: 0, top: 0, width: 1000, height: 800 }, size, viewport, () => true)).toBeNull();
  });
});

describe('compose activity (reminders wait while a post is written)', () => {
  it('sends active:true at most every 30 s and active:false once at the end', () => {
    let t = 0;
    const sent: boolean[] = [];
    const a = createComposeActivity((v) => sent.push(v), () => t);
    a.touch();
    t = 1000;
    a.touch();
    t = ACTIVITY_EVERY_MS + 1;
    a.touch();
    a.end();
    a.end();
    expect(sent).toEqual([true, true, false]);
    a.touch();
    expect(sent).toEqual([true, true, false, true]);
  });
});

describe('textarea mirror', () => {
  it('marks exactly the findings\' characters, in a layer outside the textarea', () => {
    const field = document.createElement('textarea');
    field.value = 'Hi Sam\nand Amir';
    document.body.append(field);
    const layer = document.createElement('div');
    document.body.append(layer);
    const m = createTextareaMirror(field, layer);
    m.render(field.value, [finding('Sam', 3), finding('Amir', 11, { severity: 'low' })]);
    expect(m.texts()).toEqual(['Sam', 'Amir']);
    expect(m.element.textContent).toBe(`${field.value}\u200b`);
    expect([...m.element.querySelectorAll('mark')].map((e) => e.className)).toEqual(['pp-high', 'pp-low']);
    expect(field.childNodes.length).toBe(0);
    m.remove();
    expect(layer.childNodes.length).toBe(0);
  });
});

describe('quick fixes', () => {
  it('offers "a pupil" for names and "my school" for the school, keeping a possessive; nothing for contact details', () => {
    expect(quickFixFor(finding('Sam Jones', 0))).toEqual({ replacement: 'a pupil', label: 'Replace with “a pupil”' });
    expect(quickFixFor(finding("Sam's", 0))?.replacement).toBe("a pupil's");
    expect(quickFixFor(finding('Woodbridge Juniors', 0, { category: 'school', ruleId: 'school/school-name', replacement: 'my school' }))?.replacement).toBe('my school');
    expect(quickFixFor(finding('jo@example.com', 0, { category: 'personal', ruleId: 'personal/email', replacement: undefined }))).toBeNull();
  });
  it('locate finds the words where they were, or the nearest copy after edits', () => {
    expect(locate('Sam and Sam', { start: 8, expected: 'Sam' })).toBe(8);
    expect(locate('Oh Sam and Sam', { start: 8, expected: 'Sam' })).toBe(11);
    expect(locate('nobody', { start: 0, expected: 'Sam' })).toBe(-1);
  });
});

describe('watchComposers pacing', () => {
  it('runs while typing goes on (at most every minIntervalMs), and once shortly after it stops', async () => {
    vi.useFakeTimers();
    try {
      const box = document.createElement('div');
      box.setAttribute('contenteditable', 'true');
      box.dataset.testid = 'tweetTextarea_0';
      document.body.append(box);
      const runs: number[] = [];
      watchComposers({ surfaces: x.surfaces, analyze: () => [], onResult: () => runs.push(performance.now()), delayMs: 150, minIntervalMs: 300, signal: controller.signal });
      const start = performance.now();
      // A keystroke every 100 ms for a second.
      for (let i = 0; i < 10; i++) {
        box.textContent += 'a';
        box.dispatchEvent(new Event('input', { bubbles: true }));
        vi.advanceTimersByTime(100);
      }
      vi.advanceTimersByTime(1000);
      const at = runs.map((r) => Math.round(r - start));
      expect(at.length).toBeGreaterThanOrEqual(3);
      for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(300);
      // The last keystroke was at 900 ms: the final analysis follows within the pause (150 ms) or the interval.
      expect(at[at.length - 1]).toBeLessThanOrEqual(900 + 300);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('Overlay quick fix', async () => {
  const { render } = await import('preact');
  const { h } = await import('preact');
  const { Overlay } = await import('../../components/Overlay.tsx');

  it('offers the fix on the card, reports success, and says so plainly when the editor did not take it', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const outcomes = ['done', 'unchanged'] as const;
    const onFix = vi.fn((i: number) => Promise.resolve(outcomes[i]!));
    const fix = { replacement: 'a pupil', label: 'Replace with “a pupil”' };
    render(h(Overlay, { findings: [finding('Sam Jones', 0), finding('Amir', 20)], fixes: [fix, fix], onFix, onEdit: () => {}, onPostAnyway: () => {} }), shadow);
    const buttons = () => [...shadow.querySelectorAll('button')].filter((b) => b.textContent === fix.label);
    expect(buttons()).toHaveLength(2);
    buttons()[0]!.click();
    await vi.waitFor(() => expect(shadow.textContent).toContain('Replaced with “a pupil”.'));
    buttons()[0]!.click();
    await vi.waitFor(() => expect(shadow.textContent).toContain("didn't accept the change, so your text is as it was"));
    expect(onFix.mock.calls.map((c) => c[0])).toEqual([0, 1]);
    expect(buttons()).toHaveLength(0);
    render(null, shadow);
    host.remove();
  });
});
