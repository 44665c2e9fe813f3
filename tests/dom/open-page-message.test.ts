import { describe, expect, it } from 'vitest';
import { isOpenPageMessage } from '../../extension/runtime/open-page-message.ts';

describe('open-page messages', () => {
  it.each(['guide.html', 'guide.html#G4', 'options.html#policy-pack', 'guide.html#4.1'])('accepts our page %s', (path) => {
    expect(isOpenPageMessage({ type: 'postpause/open-page', path })).toBe(true);
  });

  it.each(['https://evil.example/', '../guide.html', '/guide.html', 'javascript:alert(1)', 'guide.html?x=1', 'chunks/a.js', 'guide.html#<x>', ''])(
    'refuses %s',
    (path) => {
      expect(isOpenPageMessage({ type: 'postpause/open-page', path })).toBe(false);
    },
  );

  it('refuses other messages', () => {
    expect(isOpenPageMessage({ type: 'other', path: 'guide.html' })).toBe(false);
    expect(isOpenPageMessage(null)).toBe(false);
    expect(isOpenPageMessage('guide.html')).toBe(false);
  });
});
