import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { GentleNotes } from '../../../components/GentleNotes.tsx';
import { noteFor } from '../../../lib/notes/note-kinds.ts';
import { saysPublic } from '../../../extension/dom/note-watch.ts';
import { defaultPack } from '../../../lib/policy/packs/index.ts';

let host: HTMLElement | undefined;

function mount(kinds: ('working-hours' | 'media' | 'audience')[], onDismiss = vi.fn()) {
  host = document.createElement('postpause-notes');
  document.documentElement.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  render(<GentleNotes notes={kinds.map((k) => noteFor(k, defaultPack))} onDismiss={onDismiss} />, container);
  return { shadow, onDismiss };
}

afterEach(() => {
  host?.remove();
  host = undefined;
});

describe('GentleNotes', () => {
  it('shows each note with its clause link, as a polite status (never a dialog)', () => {
    const { shadow } = mount(['working-hours', 'media', 'audience']);
    const panel = shadow.querySelector('.pp-notes')!;
    expect(panel.getAttribute('role')).toBe('status');
    expect(shadow.querySelector('[role="dialog"]')).toBeNull();
    const notes = [...shadow.querySelectorAll('.pp-note')];
    expect(notes.map((n) => n.getAttribute('data-kind'))).toEqual(['working-hours', 'media', 'audience']);
    expect(notes[0]!.textContent).toContain('School hours: posting now may go against clause G10.');
    const link = notes[1]!.querySelector('a')!;
    expect(link.textContent).toMatch(/^G2 — /);
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('offers "Not today" only on the school-hours note, and reports which was dismissed', () => {
    const { shadow, onDismiss } = mount(['working-hours', 'media']);
    const buttons = [...shadow.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Not today']);
    expect(buttons[0]!.closest('.pp-note')!.getAttribute('data-kind')).toBe('working-hours');
    buttons[0]!.click();
    expect(onDismiss).toHaveBeenCalledWith('working-hours');
  });
});

describe('saysPublic', () => {
  const el = (label: string, text = '') => {
    const d = document.createElement('div');
    d.setAttribute('aria-label', label);
    d.textContent = text;
    return d;
  };
  it('finds the word in the label or text, whole and any case', () => {
    expect(saysPublic(el('Edit privacy. Sharing with Public.'), ['Public'])).toBe(true);
    expect(saysPublic(el('', 'public'), ['Public'])).toBe(true);
    expect(saysPublic(el('Edit privacy. Sharing with Friends.'), ['Public'])).toBe(false);
    expect(saysPublic(el('Republican club'), ['Public'])).toBe(false);
  });
});
