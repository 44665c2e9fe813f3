/**
 * The site health watch: a box PostPause watched that the site emptied or removed right after a send-like
 * gesture, with no recognised send, is counted; everything that merely looks like it (the member of staff
 * clearing the box, cancelling, a confirmation dialog, a far-away button, a re-rendered box) is not.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { looksEmpty, watchSiteHealth, type SiteHealthWatch } from '../../../../extension/dom/site-health-watch.ts';
import type { HealthEvent } from '../../../../lib/records/site-health.ts';
import type { Surface } from '../../../../lib/sites/types.ts';

const SURFACES: Surface[] = [
  { id: 'post', editor: 'contenteditable', composers: ['[role="textbox"][contenteditable="true"]', 'textarea'], submitControls: ['button.known-post'], submitKeys: [], replay: 'click' },
];
/** Short looks after a gesture; the test waits past the last one on the same timer queue. */
const CHECKS = [0, 5, 20];
const settle = () => new Promise((r) => window.setTimeout(r, 40));

let controller: AbortController;
let events: HealthEvent[];
let active: boolean;
let watch: SiteHealthWatch;

beforeEach(() => {
  document.body.replaceChildren();
  controller = new AbortController();
  events = [];
  active = true;
  watch = watchSiteHealth({
    surfaces: SURFACES,
    report: (e) => events.push(e),
    signal: controller.signal,
    isActive: () => active,
    checkAfterMs: CHECKS,
    // happy-dom marks every dispatched event untrusted; in the browser only the member of staff's own count.
    isUserEvent: () => true,
  });
});
afterEach(() => controller.abort());

/** A compose area nested like the sites do: a box, and a toolbar of buttons a few levels away. */
function composeArea(parent: Element | ShadowRoot = document.body, kind: 'textarea' | 'editable' = 'editable') {
  const wrap = document.createElement('div');
  let inner: HTMLElement = wrap;
  for (let i = 0; i < 6; i++) {
    const d = document.createElement('div');
    inner.append(d);
    inner = d;
  }
  let box: HTMLElement;
  if (kind === 'textarea') box = document.createElement('textarea');
  else {
    box = document.createElement('div');
    box.setAttribute('role', 'textbox');
    box.setAttribute('contenteditable', 'true');
  }
  inner.append(box);
  const toolbar = document.createElement('div');
  const button = (label: string, aria?: string) => {
    const b = document.createElement('div');
    b.setAttribute('role', 'button');
    if (aria) b.setAttribute('aria-label', aria);
    b.textContent = label;
    toolbar.append(b);
    return b;
  };
  wrap.append(toolbar);
  parent.append(wrap);
  return { wrap, box, button };
}

function type(box: HTMLElement, text: string) {
  box.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
  if (box instanceof HTMLTextAreaElement) box.value = text;
  else box.textContent = text;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: text ? 'insertText' : 'deleteContentBackward' }));
}

const clear = (box: HTMLElement) => (box instanceof HTMLTextAreaElement ? (box.value = '') : box.replaceChildren());
const click = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
const key = (el: Element, k: string, init: KeyboardEventInit = {}) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, ...init }));

describe('site health watch: a send that went out unrecognised', () => {
  it.each(['editable', 'textarea'] as const)('is counted when the site empties a %s box after a click on the button beside it', async (kind) => {
    const { box, button } = composeArea(document.body, kind);
    const send = button('Publier');
    send.addEventListener('click', () => clear(box));
    type(box, 'Bonjour à tous');
    click(send);
    await settle();
    expect(events).toEqual(['seen', 'unrecognised']);
  });

  it('is counted when the site empties the box some time after the click (after its request returns)', async () => {
    const { box, button } = composeArea();
    const send = button('Post');
    send.addEventListener('click', () => window.setTimeout(() => clear(box), 10));
    type(box, 'Hello');
    click(send);
    await settle();
    expect(events).toEqual(['seen', 'unrecognised']);
  });

  it('is counted when the site removes the box (a dialog that closes after posting)', async () => {
    const { wrap, box, button } = composeArea();
    const send = button('Post');
    send.addEventListener('click', () => wrap.remove());
    type(box, 'Hello');
    click(send);
    await settle();
    expect(events).toEqual(['seen', 'unrecognised']);
  });

  it('is counted for Ctrl+Enter or Enter the adapter does not know, but not Shift+Enter (a new line)', async () => {
    const { box } = composeArea();
    box.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey) clear(box);
    });
    type(box, 'Hello');
    key(box, 'Enter', { shiftKey: true });
    await settle();
    expect(events).toEqual(['seen']);
    key(box, 'Enter', { ctrlKey: true });
    await settle();
    expect(events).toEqual(['seen', 'unrecognised']);
  });

  it('is counted for a box and button in an open shadow root', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const { box, button } = composeArea(host.attachShadow({ mode: 'open' }));
    const send = button('Post');
    send.addEventListener('click', () => clear(box));
    type(box, 'Hello');
    click(send);
    await settle();
    expect(events).toEqual(['seen', 'unrecognised']);
  });

  it('is counted for a box nested 30 levels deep in a compose dialog, sent by the dialog\'s footer button', async () => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    document.body.append(dialog);
    let deep: HTMLElement = dialog;
    for (let i = 0; i < 30; i++) {
      const d = document.createElement('div');
      deep.append(d);
      deep = d;
    }
    const { box } = composeArea(deep);
    const footer = document.createElement('div');
    footer.setAttribute('role', 'button');
    footer.textContent = 'Opublikuj';
    dialog.append(footer);
    footer.addEventListener('click', () => dialog.remove());
    type(box, 'Witam');
    click(footer);
    await settle();
    expect(events).toEqual(['seen', 'unrecognised']);
  });

  it('is counted once per send, and again for the next post', async () => {
    const { box, button } = composeArea();
    const send = button('Post');
    send.addEventListener('click', () => clear(box));
    for (const text of ['One', 'Two']) {
      type(box, text);
      click(send);
      click(send);
      await settle();
    }
    expect(events).toEqual(['seen', 'unrecognised', 'unrecognised']);
  });
});

describe('site health watch: what is not a missed send', () => {
  it('a send the guard recognised (held or let through), and the "Post anyway" replay after it', async () => {
    const { box, button } = composeArea();
    const send = button('Post');
    send.addEventListener('click', () => {
      watch.recognised([box]);
      clear(box);
    });
    type(box, 'Hello');
    click(send);
    await settle();
    expect(events).toEqual(['seen', 'recognised']);
  });

  it('the member of staff clearing the box themselves', async () => {
    const { box, button } = composeArea();
    const emoji = button('😀', 'Emoji');
    type(box, 'Hello');
    type(box, '');
    click(emoji);
    await settle();
    expect(events).toEqual(['seen']);
  });

  it('Backspace or cut right after a click (an editor that deletes without an input event)', async () => {
    const { box, button } = composeArea();
    const bold = button('B', 'Bold');
    type(box, 'Hello');
    click(bold);
    key(box, 'Backspace');
    clear(box);
    await settle();
    expect(events).toEqual(['seen']);
  });

  it.each(['Cancel', 'Close', 'Discard', 'Annuler', 'Canslo', 'Anuluj', 'منسوخ کریں'])('a "%s" button that throws the box away', async (label) => {
    const { wrap, box, button } = composeArea();
    const cancel = button(label);
    cancel.addEventListener('click', () => wrap.remove());
    type(box, 'Hello');
    click(cancel);
    await settle();
    expect(events).toEqual(['seen']);
  });

  it('a button in another dialog ("Discard this post?") or far from the box', async () => {
    const { wrap, box } = composeArea();
    const confirm = document.createElement('div');
    confirm.setAttribute('role', 'alertdialog');
    const yes = document.createElement('button');
    yes.textContent = 'Yes';
    confirm.append(yes);
    document.body.append(confirm);
    const header = document.createElement('button');
    header.textContent = 'Home';
    document.body.prepend(header);
    yes.addEventListener('click', () => clear(box));
    header.addEventListener('click', () => wrap.remove());
    type(box, 'Hello');
    click(yes);
    click(header);
    await settle();
    expect(events).toEqual(['seen']);
  });

  it('a link followed (navigation away from the box), and a later click near the box it left empty', async () => {
    const { wrap, box, button } = composeArea();
    const link = document.createElement('a');
    link.href = '#elsewhere';
    link.textContent = 'Profile';
    wrap.append(link);
    link.addEventListener('click', () => clear(box));
    const photo = button('Add photo');
    type(box, 'Hello');
    click(link);
    click(photo);
    await settle();
    expect(events).toEqual(['seen']);
  });

  it('a click beside the box that leaves the text in place', async () => {
    const { box, button } = composeArea();
    const photo = button('Add photo');
    type(box, 'Hello');
    click(photo);
    await settle();
    expect(events).toEqual(['seen']);
  });

  it('a box the site re-rendered as another box that still has the text', async () => {
    const { wrap, box, button } = composeArea();
    const expand = button('Expand');
    expand.addEventListener('click', () => {
      const again = document.createElement('textarea');
      again.value = 'Hello';
      wrap.replaceWith(again);
    });
    type(box, 'Hello');
    click(expand);
    await settle();
    expect(events).toEqual(['seen']);
  });

  it('anything on a site switched off', async () => {
    active = false;
    const { box, button } = composeArea();
    const send = button('Post');
    send.addEventListener('click', () => clear(box));
    type(box, 'Hello');
    click(send);
    await settle();
    expect(events).toEqual([]);
  });

  it('a box typed into but never sent', async () => {
    const { box } = composeArea();
    type(box, 'Hello');
    await settle();
    expect(events).toEqual(['seen']);
  });
});

describe('looksEmpty', () => {
  it.each<[string, boolean]>([
    ['', true],
    [' \n\t', true],
    ['\u200b\ufeff', true],
    ['a', false],
    ['😀', false],
  ])('%j -> %s', (text, empty) => {
    const t = document.createElement('textarea');
    t.value = text;
    const d = document.createElement('div');
    d.textContent = text;
    expect(looksEmpty(t)).toBe(empty);
    expect(looksEmpty(d)).toBe(empty);
  });
});
