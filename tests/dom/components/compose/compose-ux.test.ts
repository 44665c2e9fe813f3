import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createComposeUx } from '../../../../components/compose/compose-ux.ts';
import type { OverlayHost } from '../../../../components/compose/overlay-host.tsx';
import type { BlockedSend } from '../../../../extension/dom/send-guard.ts';
import type { Finding } from '../../../../lib/engine/types.ts';
import { x } from '../../../../lib/sites/x.ts';

const clause = { policy: 'P', id: 'G1', title: 'T', quote: 'Q', url: 'guide.html' };
const finding = (text: string, start: number, ruleId = 'pupil/child-name'): Finding => ({
  category: 'pupil',
  ruleId,
  start,
  end: start + text.length,
  text,
  severity: 'high',
  reason: 'r',
  clause,
  replacement: 'a pupil',
});

let controller: AbortController;
beforeEach(() => {
  controller = new AbortController();
  document.body.replaceChildren();
});
afterEach(() => controller.abort());

function ctx(): ContentScriptContext {
  return {
    signal: controller.signal,
    isValid: true,
    requestAnimationFrame: (cb: FrameRequestCallback) => requestAnimationFrame(cb),
    onInvalidated: () => () => undefined,
  } as unknown as ContentScriptContext;
}

/** An overlay that answers with `choice` and records what it was asked to show. */
function fakeOverlay(choice: 'edit' | 'post' | null) {
  const shown: { findings: readonly Finding[]; fixes: unknown[] }[] = [];
  const host: OverlayHost = {
    show(findings, extras = {}) {
      shown.push({ findings, fixes: [...(extras.fixes ?? [])] });
      return choice === null ? null : Promise.resolve(choice);
    },
    isOpen: () => false,
    contains: () => false,
  };
  return { host, shown };
}

function blocked(text: string, findings: Finding[]): BlockedSend {
  const box = document.createElement('textarea');
  box.value = text;
  document.body.append(box);
  return { surface: x.surfaces[0]!, composers: [box], control: null, texts: [text], findings, via: 'click' };
}

describe('compose experience: deciding a paused send', () => {
  it('shows every finding of the post, with a quick fix where one is safe, and returns the choice', async () => {
    const text = 'Well done Sam in Year 6';
    const analyze = vi.fn(() => [finding('Sam', 10)]);
    const carets = { restore: vi.fn() };
    const ux = createComposeUx(ctx(), analyze, carets, () => () => undefined);
    const overlay = fakeOverlay('post');
    const send = blocked(text, analyze());
    expect(await ux.decide(send, Promise.resolve(overlay.host))).toBe('post');
    expect(overlay.shown[0]!.findings.map((f) => f.text)).toEqual(['Sam']);
    expect(overlay.shown[0]!.fixes).toEqual([{ replacement: 'a pupil', label: 'Replace with “a pupil”' }]);
    // Back in the box before the post is sent after all.
    expect(carets.restore).toHaveBeenCalledWith(send.composers[0]);
  });

  it('"Edit post" lands on the first finding with the text untouched', async () => {
    const text = 'Well done Sam in Year 6';
    const ux = createComposeUx(ctx(), () => [finding('Sam', 10)], { restore: vi.fn() }, () => () => undefined);
    const send = blocked(text, [finding('Sam', 10)]);
    const box = send.composers[0] as HTMLTextAreaElement;
    expect(await ux.decide(send, Promise.resolve(fakeOverlay('edit').host))).toBe('edit');
    expect(box.value).toBe(text);
    expect([box.selectionStart, box.selectionEnd]).toEqual([10, 13]);
  });

  it('answers "repeat" while an overlay is already open', async () => {
    const ux = createComposeUx(ctx(), () => [finding('Sam', 0)], { restore: vi.fn() }, () => () => undefined);
    expect(await ux.decide(blocked('Sam', [finding('Sam', 0)]), Promise.resolve(fakeOverlay(null).host))).toBe('repeat');
  });

  it('adds the notes showing now to the overlay, never as a reason to hold', async () => {
    const notes = [{ kind: 'media', title: 'Photo', text: 't' }] as never[];
    const seen: unknown[] = [];
    const host: OverlayHost = { show: (_f, extras) => (seen.push(extras?.notes), Promise.resolve('post')), isOpen: () => false, contains: () => false };
    const ux = createComposeUx(ctx(), () => [finding('Sam', 0)], { restore: vi.fn() }, () => () => undefined, () => notes);
    await ux.decide(blocked('Sam', [finding('Sam', 0)]), Promise.resolve(host));
    expect(seen).toEqual([notes]);
  });
});
