/**
 * An element of our own at the top of the page, out of its layout: `all: initial` so the page's CSS cannot
 * reach it, fixed at the top-left with no size (children position themselves), above the page, with an open
 * shadow root for our content. The badge layer and the gentle notes both live in one.
 */
export interface FixedHost {
  host: HTMLElement;
  shadow: ShadowRoot;
}

export function createFixedHost(doc: Document, tag: string, opts: { passThrough?: boolean } = {}): FixedHost {
  const host = doc.createElement(tag);
  host.style.setProperty('all', 'initial');
  host.style.setProperty('position', 'fixed');
  host.style.setProperty('inset', '0 auto auto 0');
  host.style.setProperty('width', '0');
  host.style.setProperty('height', '0');
  // One below the overlay's dialog (2147483647), which must cover badges and notes.
  host.style.setProperty('z-index', '2147483646');
  // Badges are drawn over the page but must not take its clicks; their own buttons opt back in.
  if (opts.passThrough) host.style.setProperty('pointer-events', 'none');
  return { host, shadow: host.attachShadow({ mode: 'open' }) };
}
