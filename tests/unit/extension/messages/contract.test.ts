import { describe, expect, it } from 'vitest';
import { isMessage } from '../../../../extension/messages/contract.ts';

describe('message contract', () => {
  it.each([
    { type: 'postpause:compose-activity', active: true },
    { type: 'postpause:privacy-changed' },
    { type: 'postpause:privacy-page', url: 'https://www.facebook.com/settings' },
    { type: 'postpause:privacy-mark', ids: ['facebook/audience'], checked: true },
    { type: 'postpause:pause-outcome', outcome: 'shown', categories: ['pupil', 'tone'] },
    { type: 'postpause:error', site: 'x', where: 'send-guard', message: 'TypeError: boom' },
    { type: 'postpause:open-page', path: 'guide.html#G4' },
    { type: 'postpause:site-health', site: 'linkedin', event: 'unrecognised' },
  ])('accepts $type', (m) => {
    expect(isMessage(m)).toBe(true);
  });

  it.each([
    ['no type', { active: true }],
    ['an unknown type', { type: 'postpause:launch', x: 1 }],
    ['the old prefix', { type: 'postpause/open-page', path: 'guide.html' }],
    ['activity without a flag', { type: 'postpause:compose-activity' }],
    ['marks that are not strings', { type: 'postpause:privacy-mark', ids: [1], checked: true }],
    ['an unknown outcome', { type: 'postpause:pause-outcome', outcome: 'deleted', categories: [] }],
    ['an unknown category', { type: 'postpause:pause-outcome', outcome: 'shown', categories: ['gossip'] }],
    ['an error without a message', { type: 'postpause:error', site: 'x', where: 'y' }],
    ['site health with post text', { type: 'postpause:site-health', site: 'Proud of Jack Smith', event: 'seen' }],
    ['site health with an unknown event', { type: 'postpause:site-health', site: 'x', event: 'typed' }],
    ['an inherited type name', { type: 'toString' }],
    ['null', null],
    ['a string', 'postpause:privacy-changed'],
  ])('refuses %s', (_name, m) => {
    expect(isMessage(m)).toBe(false);
  });

  it.each(['guide.html', 'guide.html#G4', 'options.html#policy-pack', 'guide.html#4.1'])('opens our page %s', (path) => {
    expect(isMessage({ type: 'postpause:open-page', path })).toBe(true);
  });

  it.each(['https://evil.example/', '../guide.html', '/guide.html', 'javascript:alert(1)', 'guide.html?x=1', 'chunks/a.js', 'guide.html#<x>', ''])(
    'never opens %s',
    (path) => {
      expect(isMessage({ type: 'postpause:open-page', path })).toBe(false);
    },
  );
});
