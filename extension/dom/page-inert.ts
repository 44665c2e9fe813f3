/**
 * Make everything on a page except one element (the overlay's host) inert: out of the accessibility
 * tree, out of the tab order, not clickable. `aria-modal` alone is not honoured by every screen reader,
 * so the page's composer and Post button would still be reachable behind the dialog.
 *
 * Only the top-level siblings on the way from <html> to the kept element are marked, and only those
 * that were not inert already; the returned function undoes exactly that, once.
 */
export function makePageInert(keep: Element): () => void {
  const doc = keep.ownerDocument;
  const marked: HTMLElement[] = [];
  for (let node: Element | null = keep; node && node !== doc.documentElement; node = node.parentElement) {
    const parent: Element | null = node.parentElement;
    if (!parent) break;
    for (const sibling of parent.children) {
      if (sibling === node || !isMarkable(sibling) || sibling.inert) continue;
      sibling.inert = true;
      marked.push(sibling);
    }
  }
  let done = false;
  return () => {
    if (done) return;
    done = true;
    for (const el of marked) el.inert = false;
  };
}

/** <head>, scripts and styles have nothing to make inert. */
function isMarkable(el: Element): el is HTMLElement {
  return 'inert' in el && !['HEAD', 'SCRIPT', 'STYLE', 'LINK', 'META', 'TEMPLATE'].includes(el.tagName);
}
