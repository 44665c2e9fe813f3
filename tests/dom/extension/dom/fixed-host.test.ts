import { describe, expect, it } from 'vitest';
import { createFixedHost } from '../../../../extension/dom/fixed-host.ts';

describe('createFixedHost', () => {
  it('makes a sizeless fixed element above the page, untouched by its CSS, with an open shadow root', () => {
    const { host, shadow } = createFixedHost(document, 'postpause-test-host');
    expect(host.tagName.toLowerCase()).toBe('postpause-test-host');
    expect(host.style.getPropertyValue('position')).toBe('fixed');
    expect(host.style.getPropertyValue('width')).toMatch(/^0(px)?$/);
    expect(host.style.getPropertyValue('height')).toMatch(/^0(px)?$/);
    expect(host.style.getPropertyValue('z-index')).toBe('2147483646');
    expect(host.style.getPropertyValue('pointer-events')).toBe('');
    expect(host.shadowRoot).toBe(shadow);
    expect(shadow.mode).toBe('open');
    // Not attached: the caller decides where and when.
    expect(host.isConnected).toBe(false);
  });

  it('lets clicks through to the page when asked (badge layer)', () => {
    const { host } = createFixedHost(document, 'postpause-test-host', { passThrough: true });
    expect(host.style.getPropertyValue('pointer-events')).toBe('none');
  });
});
