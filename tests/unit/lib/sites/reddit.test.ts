/**
 * The Reddit adapter against offline snapshots of its fixture: the Lexical box slotted into
 * <shreddit-composer> from the light DOM, and the Markdown textarea two shadow roots deep.
 */
import { describe, expect, it } from 'vitest';
import { targetForComposer, targetForControl } from '../../../../extension/dom/compose-target.ts';
import { readComposerText } from '../../../../extension/dom/read-text.ts';
import { loadSnapshot, one, probe } from './snapshots.ts';

describe('Reddit adapter on the fixture', () => {
  it('rich text: the slotted Lexical box and the slotted submit button pair up', () => {
    const doc = loadSnapshot('reddit/snapshot-rich.html');
    const p = probe(doc, 'reddit');
    const box = one(doc, 'shreddit-composer > [role="textbox"]');
    const submit = one(doc, 'button[slot="submit-button"]');
    expect(p.composerSurface(box)).toBe('comment');
    expect(p.controlSurface(submit)).toBe('comment');
    const s = p.surfaces.find((c) => c.surface.id === 'comment')!;
    expect(targetForControl(submit, s)?.composers).toEqual([box]);
    expect(targetForComposer(box, s).control).toBe(submit);
    expect(readComposerText(box).text).toBe('A comment');
    // The Markdown switch inside the shadow root is no send button.
    expect(p.controlSurface(one(one(doc, 'shreddit-composer').shadowRoot!, 'button'))).toBeUndefined();
  });

  it('Markdown: the textarea inside faceplate-textarea-input inside shreddit-composer is found from both sides', () => {
    const doc = loadSnapshot('reddit/snapshot-markdown.html');
    const p = probe(doc, 'reddit');
    const composer = one(doc, 'shreddit-composer');
    const textarea = one(one(composer.shadowRoot!, 'faceplate-textarea-input').shadowRoot!, 'textarea');
    const submit = one(doc, 'button[slot="submit-button"]');
    expect(doc.querySelectorAll('textarea')).toHaveLength(0);
    expect(p.composerSurface(textarea)).toBe('comment');
    const s = p.surfaces.find((c) => c.surface.id === 'comment')!;
    expect(targetForControl(submit, s)?.composers).toEqual([textarea]);
    expect(targetForComposer(textarea, s).control).toBe(submit);
    expect(readComposerText(textarea).text).toBe('A comment');
  });
});
