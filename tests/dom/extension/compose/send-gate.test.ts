import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installSendGuard, type BlockedSend } from '../../../../extension/dom/send-guard.ts';
import { createSendGate } from '../../../../extension/compose/send-gate.ts';
import { createEngineLoader } from '../../../../extension/compose/engine-loader.ts';
import { registerEngine, type EngineSession } from '../../../../extension/compose/engine-api.ts';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { x } from '../../../../lib/sites/x.ts';
import type { Finding } from '../../../../lib/engine/types.ts';

/** Stand-in analyser: anything containing "@" is risky. */
function analyze(text: string): Finding[] {
  const m = /\S+@\S+/.exec(text);
  if (!m) return [];
  const clause = { policy: 'P', id: 'G4', title: 'T', quote: 'Q', url: 'guide.html' };
  return [{ category: 'personal', ruleId: 'personal/email', start: m.index, end: m.index + m[0].length, text: m[0], severity: 'high', reason: 'r', clause }];
}

let controller: AbortController;
let sent: string[];

/** X-like markup: one Draft-style box and a Post button whose page handler records sends. */
function page(text: string) {
  document.body.replaceChildren();
  const box = document.createElement('div');
  box.setAttribute('contenteditable', 'true');
  box.setAttribute('role', 'textbox');
  box.dataset.testid = 'tweetTextarea_0';
  box.textContent = text;
  const button = document.createElement('button');
  button.dataset.testid = 'tweetButton';
  button.textContent = 'Post';
  document.body.append(box, button);
  button.addEventListener('click', () => sent.push(box.textContent ?? ''));
  return { box, button };
}

/** An engine whose start the test finishes (or fails) when it wants: "still loading" is certain. */
function setup(opts: { enabled?: boolean } = {}) {
  const scope = {};
  const blocked: BlockedSend[] = [];
  const passed = vi.fn();
  const errors: string[] = [];
  let finish!: () => void;
  let fail!: (err: Error) => void;
  const session: EngineSession = { analyze, enabled: () => opts.enabled ?? true, onBlocked: (s) => blocked.push(s), onPassed: passed };
  const importEngine = vi.fn(async () => {
    registerEngine(
      {
        start: () =>
          new Promise<EngineSession>((resolve, reject) => {
            finish = () => resolve(session);
            fail = reject;
          }),
      },
      scope,
    );
  });
  const host = { ctx: {} as ContentScriptContext, site: x, guard: { sendAnyway: (s: BlockedSend) => guard.sendAnyway(s) }, report: () => () => undefined, setExtraSelectors: () => undefined };
  const engine = createEngineLoader(host, importEngine, scope);
  const gate = createSendGate({ engine, sendAnyway: (s) => guard.sendAnyway(s), alive: () => true, onError: (where) => errors.push(where) });
  const guard = installSendGuard({
    surfaces: x.surfaces,
    signal: controller.signal,
    ...gate,
    hold() {
      const h = gate.hold();
      if (h) void engine.load().catch(() => undefined);
      return h;
    },
  });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { engine, gate, blocked, passed, errors, importEngine, finish: async () => (finish(), settle()), fail: async (e: Error) => (fail(e), settle()), settle };
}

beforeEach(() => {
  controller = new AbortController();
  sent = [];
});
afterEach(() => controller.abort());

describe('send gate: a send before the engine is ready', () => {
  it('holds a clean send, loads the engine, then sends it exactly once', async () => {
    const { button } = page('Lovely day at the beach');
    const t = setup();
    button.click();
    expect(sent).toEqual([]);
    expect(t.gate.holding()).toBe(true);
    expect(t.importEngine).toHaveBeenCalledTimes(1);
    await t.settle();
    await t.finish();
    expect(sent).toEqual(['Lovely day at the beach']);
    expect(t.blocked).toEqual([]);
    expect(t.passed).toHaveBeenCalledTimes(1);
    expect(t.gate.holding()).toBe(false);
  });

  it('holds a risky send and hands it to the engine with its findings; nothing is sent', async () => {
    const { button } = page('Mail me at jo@example.com');
    const t = setup();
    button.click();
    await t.settle();
    await t.finish();
    expect(sent).toEqual([]);
    expect(t.blocked).toHaveLength(1);
    expect(t.blocked[0]!.findings.map((f) => f.text)).toEqual(['jo@example.com']);
    expect(t.blocked[0]!.held).toBeUndefined();
  });

  it('decides on the text as it is when the engine is ready (what a replay would send)', async () => {
    const { box, button } = page('Lovely day');
    const t = setup();
    button.click();
    box.textContent = 'Lovely day, mail me at jo@example.com';
    await t.settle();
    await t.finish();
    expect(sent).toEqual([]);
    expect(t.blocked[0]!.texts).toEqual(['Lovely day, mail me at jo@example.com']);
  });

  it('a second press while held replaces the first: one decision, one send', async () => {
    const { button, box } = page('Lovely day');
    const t = setup();
    button.click();
    button.click();
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true, composed: true }));
    await t.settle();
    await t.finish();
    expect(sent).toEqual(['Lovely day']);
    expect(t.importEngine).toHaveBeenCalledTimes(1);
  });

  it('lets an empty send through without holding it', () => {
    const { button } = page('   ');
    const t = setup();
    button.click();
    expect(sent).toEqual(['   ']);
    expect(t.gate.holding()).toBe(false);
  });

  it('sends a held post when PostPause is off on this site', async () => {
    const { button } = page('Mail me at jo@example.com');
    const t = setup({ enabled: false });
    button.click();
    await t.settle();
    await t.finish();
    expect(sent).toEqual(['Mail me at jo@example.com']);
    expect(t.blocked).toEqual([]);
  });

  it('fails open only when the engine fails: the held send goes through once and later sends pass', async () => {
    const { button } = page('Mail me at jo@example.com');
    const t = setup();
    button.click();
    await t.settle();
    await t.fail(new Error('engine file missing'));
    expect(sent).toEqual(['Mail me at jo@example.com']);
    expect(t.errors).toEqual(['engine']);
    expect(t.engine.state()).toBe('failed');
    button.click();
    expect(sent).toHaveLength(2);
  });

  it('once ready, analyses inside the send event: clean passes at once, risky is stopped at once', async () => {
    const { box, button } = page('Lovely day');
    const t = setup();
    void t.engine.load();
    await t.settle();
    await t.finish();
    button.click();
    expect(sent).toEqual(['Lovely day']);
    box.textContent = 'jo@example.com';
    button.click();
    expect(sent).toEqual(['Lovely day']);
    expect(t.blocked).toHaveLength(1);
  });
});
