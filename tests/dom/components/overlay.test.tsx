import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { Overlay, type OverlayProps } from '../../../components/Overlay.tsx';
import type { Finding } from '../../../lib/engine/types.ts';

const finding = (over: Partial<Finding> = {}): Finding => ({
  category: 'personal',
  ruleId: 'personal/email',
  start: 12,
  end: 33,
  text: 'jo.bloggs@example.com',
  severity: 'high',
  reason: 'This is an email address.',
  clause: { policy: 'PostPause good-practice guide', id: 'G4', title: 'Your personal details', quote: 'Keep your personal details private.', url: 'guide.html#G4' },
  ...over,
});

let host: HTMLElement | undefined;

/** Mount as the content script does: in an open shadow root on a host outside the page's body. */
function mount(props: Partial<OverlayProps> = {}) {
  host = document.createElement('postpause-overlay');
  document.documentElement.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  const onEdit = vi.fn();
  const onPostAnyway = vi.fn();
  render(<Overlay findings={[finding()]} onEdit={onEdit} onPostAnyway={onPostAnyway} {...props} />, container);
  const q = <T extends Element>(sel: string) => shadow.querySelector<T>(sel);
  const button = (name: string) => [...shadow.querySelectorAll('button')].find((b) => b.textContent === name)!;
  return { shadow, q, button, onEdit: props.onEdit ?? onEdit, onPostAnyway: props.onPostAnyway ?? onPostAnyway };
}

const key = (target: Element, k: string, shiftKey = false) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, cancelable: true, composed: true }));

afterEach(() => {
  host?.remove();
  host = undefined;
});

describe('Overlay', () => {
  it('is a modal dialog named by its heading, with "Edit post" and "Post anyway"', () => {
    const { q, button } = mount();
    const dialog = q('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const heading = q(`#${dialog.getAttribute('aria-labelledby')}`)!;
    expect(heading.tagName).toBe('H2');
    expect(heading.textContent).toBe("If in doubt, don't post");
    expect(q(`#${dialog.getAttribute('aria-describedby')}`)!.textContent).toContain('Nothing has been posted yet');
    expect(button('Edit post').getAttribute('type')).toBe('button');
    expect(button('Post anyway').getAttribute('type')).toBe('button');
  });

  it('focuses "Edit post" (the safe choice) as soon as it renders', () => {
    const { shadow, button } = mount();
    expect(shadow.activeElement).toBe(button('Edit post'));
  });

  it('shows each finding: matched text, reason, clause "id — title" linked safely, and the quote', () => {
    const { q, shadow } = mount({ findings: [finding(), finding({ ruleId: 'tone/profanity', category: 'tone', text: 'shit', start: 40, end: 44, reason: 'Swearing.', severity: 'medium', clause: { policy: 'P', id: 'G6', title: 'Respectful content', quote: 'Be kind.', url: 'https://school.example/policy.pdf#page=3' } })], resolveUrl: (u) => (u.startsWith('https:') ? u : `chrome-extension://id/${u}`) });
    const cards = shadow.querySelectorAll('article');
    expect(cards.length).toBe(2);
    expect(cards[0]!.textContent).toContain('jo.bloggs@example.com');
    expect(cards[0]!.textContent).toContain('This is an email address.');
    expect(cards[0]!.textContent).toContain('Personal details');
    expect(cards[0]!.querySelector('blockquote')!.textContent).toBe('“Keep your personal details private.”');
    const links = [...shadow.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')])).toEqual([
      ['G4 — Your personal details', 'chrome-extension://id/guide.html#G4', '_blank', 'noopener noreferrer'],
      ['G6 — Respectful content', 'https://school.example/policy.pdf#page=3', '_blank', 'noopener noreferrer'],
    ]);
    expect(q('#pp-summary')!.textContent).toContain('2 things');
  });

  it('hands extension links to openLink (the page may not open them) and cancels the navigation', () => {
    const openLink = vi.fn((href: string) => href.startsWith('chrome-extension:'));
    const { shadow } = mount({ resolveUrl: (u) => `chrome-extension://id/${u}`, openLink });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    shadow.querySelector('a')!.dispatchEvent(click);
    expect(openLink).toHaveBeenCalledWith('chrome-extension://id/guide.html#G4');
    expect(click.defaultPrevented).toBe(true);
  });

  it('shows the clause without a link when the URL cannot be resolved', () => {
    const { shadow } = mount({ resolveUrl: () => null });
    expect(shadow.querySelectorAll('a').length).toBe(0);
    expect(shadow.querySelector('.pp-clause')!.textContent).toContain('G4 — Your personal details');
  });

  it('renders post text and policy text as text, never as HTML', () => {
    const nasty = '<img src=x onerror="alert(1)"><b>bold</b>';
    const { shadow } = mount({ findings: [finding({ text: nasty, reason: nasty, clause: { ...finding().clause, quote: nasty, title: nasty } })] });
    expect(shadow.querySelectorAll('img, b').length).toBe(0);
    expect(shadow.querySelector('.pp-match')!.textContent).toBe(nasty);
  });

  it('buttons call their handlers; Escape is "Edit post"', () => {
    const { button, onEdit, onPostAnyway, q } = mount();
    button('Post anyway').click();
    expect(onPostAnyway).toHaveBeenCalledTimes(1);
    button('Edit post').click();
    expect(onEdit).toHaveBeenCalledTimes(1);
    key(q('[role="dialog"]')!, 'Escape');
    expect(onEdit).toHaveBeenCalledTimes(2);
    expect(onPostAnyway).toHaveBeenCalledTimes(1);
  });

  it('keeps Escape from reaching the page (X would close its compose dialog)', () => {
    const pageSaw = vi.fn();
    document.addEventListener('keydown', pageSaw);
    const { q } = mount();
    key(q('[role="dialog"]')!, 'Escape');
    document.removeEventListener('keydown', pageSaw);
    expect(pageSaw).not.toHaveBeenCalled();
  });

  it('traps Tab inside the dialog in both directions', () => {
    const { shadow, button } = mount();
    const link = shadow.querySelector('a')!;
    const last = button('Post anyway');
    last.focus();
    key(last, 'Tab');
    expect(shadow.activeElement).toBe(link);
    key(link, 'Tab', true);
    expect(shadow.activeElement).toBe(last);
  });

  it('shortens a very long match for the card', () => {
    const long = 'x'.repeat(300);
    const { shadow } = mount({ findings: [finding({ text: long })] });
    const shown = shadow.querySelector('.pp-match')!.textContent!;
    expect(shown.length).toBe(80);
    expect(shown.endsWith('…')).toBe(true);
  });
});
