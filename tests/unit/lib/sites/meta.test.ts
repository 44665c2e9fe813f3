/**
 * The Facebook, Messenger, Instagram, Threads and WhatsApp adapters against offline snapshots of their
 * fixtures (made from the real Lexical, with the sites' attributes): each box belongs to the right
 * surface, each send button to the right box, and look-alikes (the feed's "Post", the chat search box,
 * the "What's on your mind" opener) are not taken for sends.
 */
import { describe, expect, it } from 'vitest';
import { targetForComposer, targetForControl, targetForForm } from '../../../../extension/dom/compose-target.ts';
import { readComposerText } from '../../../../extension/dom/read-text.ts';
import { byText, loadSnapshot, one, probe } from './snapshots.ts';

describe('Facebook adapter on the fixture feed', () => {
  const doc = loadSnapshot('facebook/snapshot-feed.html');
  const p = probe(doc, 'facebook');
  const comment = one(doc, '[aria-label="Write a comment…"]');
  const post = one(doc, '[role="dialog"] [data-lexical-editor="true"]');
  const commentButton = one(doc, '[aria-label="Comment"]');
  const postButton = one(doc, '[aria-label="Post"]');

  it('tells the comment box from the post composer, although both are Lexical text boxes', () => {
    expect(p.composerSurface(comment)).toBe('comment');
    expect(p.composerSurface(post)).toBe('post');
    expect(p.composerSurface(comment.querySelector('span')!)).toBe('comment');
  });

  it('pairs each button with its own box', () => {
    expect(p.controlSurface(commentButton.querySelector('span')!)).toBe('comment');
    expect(p.controlSurface(postButton)).toBe('post');
    const s = (id: string) => p.surfaces.find((c) => c.surface.id === id)!;
    expect(targetForControl(postButton, s('post'))?.composers).toEqual([post]);
    expect(targetForControl(commentButton, s('comment'))?.composers).toEqual([comment]);
    expect(targetForComposer(comment, s('comment')).control).toBe(commentButton);
  });

  it('the "What\'s on your mind" opener is no send button', () => {
    expect(p.controlSurface(byText(doc, '[role="button"]', "What's on your mind, Jo?"))).toBeUndefined();
  });

  it('reads what was typed from Lexical\'s DOM, not the placeholder beside it', () => {
    expect(readComposerText(comment).text).toBe('A comment');
    expect(readComposerText(post).text).toBe('A post');
  });
});

describe('Facebook adapter on the fixture Messenger', () => {
  const doc = loadSnapshot('facebook/snapshot-messenger.html');
  const p = probe(doc, 'facebook');
  const box = one(doc, '[aria-label="Message"]');

  it('finds the message box and its send button', () => {
    expect(p.composerSurface(box)).toBe('messenger');
    const send = one(doc, '[aria-label="Press enter to send"]');
    expect(p.controlSurface(send)).toBe('messenger');
    expect(targetForComposer(box, p.surfaces.find((c) => c.surface.id === 'messenger')!).control).toBe(send);
  });
});

describe('Instagram adapter on the fixtures', () => {
  it('comments: the React textarea, the "Post" div found by its text, and the form around them', () => {
    const doc = loadSnapshot('instagram/snapshot-comment.html');
    const p = probe(doc, 'instagram');
    const box = one(doc, 'textarea');
    const post = byText(doc, '[role="button"]', 'Post');
    expect(p.composerSurface(box)).toBe('comment');
    expect(p.controlSurface(post)).toBe('comment');
    const s = p.surfaces.find((c) => c.surface.id === 'comment')!;
    expect(targetForComposer(box, s).control).toBe(post);
    const form = targetForForm(one(doc, 'form') as HTMLFormElement, p.surfaces, null);
    expect(form?.surface.id).toBe('comment');
    expect(form?.composers).toEqual([box]);
  });

  it('direct messages: the Lexical box and "Send" by its text', () => {
    const doc = loadSnapshot('instagram/snapshot-dm.html');
    const p = probe(doc, 'instagram');
    const box = one(doc, '[role="textbox"]');
    const send = byText(doc, '[role="button"]', 'Send');
    expect(p.composerSurface(box)).toBe('dm');
    expect(p.controlSurface(send)).toBe('dm');
    expect(targetForComposer(box, p.surfaces.find((c) => c.surface.id === 'dm')!).control).toBe(send);
    expect(readComposerText(box).text).toBe('A message');
  });

  it('caption: the caption box and "Share" in the dialog header; "Back" is no send', () => {
    const doc = loadSnapshot('instagram/snapshot-caption.html');
    const p = probe(doc, 'instagram');
    const box = one(doc, '[aria-label="Write a caption..."]');
    const share = byText(doc, '[role="button"]', 'Share');
    expect(p.composerSurface(box)).toBe('caption');
    expect(p.controlSurface(share)).toBe('caption');
    expect(targetForControl(share, p.surfaces.find((c) => c.surface.id === 'caption')!)?.composers).toEqual([box]);
    expect(p.controlSurface(byText(doc, '[role="button"]', 'Back'))).toBeUndefined();
  });
});

describe('Threads adapter on the fixture', () => {
  const doc = loadSnapshot('threads/snapshot-composer.html');
  const p = probe(doc, 'threads');
  const s = p.surfaces.find((c) => c.surface.id === 'post')!;

  it('the dialog\'s "Post" (a div with nothing but its text) posts the dialog\'s box', () => {
    const box = one(doc, '[role="dialog"] [data-lexical-editor="true"]');
    const post = byText(doc, '[role="dialog"] [role="button"]', 'Post');
    expect(p.composerSurface(box)).toBe('post');
    expect(p.controlSurface(post.firstElementChild!)).toBe('post');
    expect(targetForControl(post, s)?.composers).toEqual([box]);
  });

  it('the feed\'s "Post", which only opens the composer, has no box to send', () => {
    const feedPost = byText(doc, 'main [role="button"]', 'Post');
    one(doc, '[role="dialog"]').remove();
    expect(targetForControl(feedPost, s)).toBeNull();
  });
});

describe('WhatsApp adapter on the fixture', () => {
  const doc = loadSnapshot('whatsapp/snapshot-chat.html');
  const p = probe(doc, 'whatsapp');

  it('the footer box is the chat; the Lexical search box is not', () => {
    expect(p.composerSurface(one(doc, 'footer [role="textbox"]'))).toBe('chat');
    expect(p.composerSurface(one(doc, '[aria-label="Search input textbox"]'))).not.toBe('chat');
  });

  it('Send pairs with the box and replay is by key (the slot turns into the voice-note button)', () => {
    const box = one(doc, 'footer [role="textbox"]');
    const send = one(doc, 'footer button[aria-label="Send"]');
    expect(p.controlSurface(send.querySelector('span')!)).toBe('chat');
    const s = p.surfaces.find((c) => c.surface.id === 'chat')!;
    expect(targetForComposer(box, s).control).toBe(send);
    expect(s.surface.replay).toBe('key');
  });
});
