import { afterEach, describe, expect, it } from 'vitest';
import { makePageInert } from '../../../../extension/dom/page-inert.ts';

afterEach(() => {
  document.body.replaceChildren();
  document.body.inert = false;
  for (const el of [...document.documentElement.children]) if (el !== document.head && el !== document.body) el.remove();
});

describe('makePageInert (everything but the overlay out of reach while it is open)', () => {
  it('marks the overlay host\'s siblings on <html> inert (body included, head left alone) and undoes exactly that, once', () => {
    document.body.innerHTML = '<div contenteditable="true">post</div><button>Post</button>';
    const marks = document.createElement('postpause-marks');
    const host = document.createElement('postpause-overlay');
    document.documentElement.append(marks, host);

    const restore = makePageInert(host);
    expect(document.body.inert).toBe(true);
    expect(marks.inert).toBe(true);
    expect(host.inert).toBe(false);
    expect(document.head.inert).toBe(false);

    restore();
    expect(document.body.inert).toBe(false);
    expect(marks.inert).toBe(false);
    // A second call (the overlay closed twice) does not undo anything else.
    document.body.inert = true;
    restore();
    expect(document.body.inert).toBe(true);
  });

  it('leaves what the page itself had made inert as it was', () => {
    const aside = document.createElement('aside');
    aside.inert = true;
    document.documentElement.append(aside);
    const host = document.createElement('postpause-overlay');
    document.documentElement.append(host);
    const restore = makePageInert(host);
    restore();
    expect(aside.inert).toBe(true);
    expect(document.body.inert).toBe(false);
  });

  it('inside a nested element: the siblings all the way up are inert, the path to it is not', () => {
    document.body.innerHTML = '<main><p>page</p><section id="wrap"><div id="dialog"></div></section></main><footer>f</footer>';
    const dialog = document.getElementById('dialog')!;
    const restore = makePageInert(dialog);
    expect(document.querySelector('p')!.inert).toBe(true);
    expect(document.querySelector('footer')!.inert).toBe(true);
    expect(document.getElementById('wrap')!.inert).toBe(false);
    expect(document.querySelector('main')!.inert).toBe(false);
    expect(document.body.inert).toBe(false);
    restore();
    expect(document.querySelector('p')!.inert).toBe(false);
  });
});
