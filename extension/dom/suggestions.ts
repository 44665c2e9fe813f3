/**
 * Is a mention / hashtag / autocomplete list open for this composer? Then Enter picks a suggestion and
 * is not a send. Sites' own list selectors are checked by the send guard (Surface.suggestionLists); this
 * covers every site through the ARIA combobox pattern their editors follow: the textbox (or a combobox
 * wrapper around it) says aria-expanded="true", or points with aria-activedescendant / aria-controls /
 * aria-owns at a rendered listbox or option.
 */
const LIST = '[role="listbox"], [role="option"], [role="menu"], [role="grid"], [role="tree"]';
const POINTERS = ['aria-activedescendant', 'aria-controls', 'aria-owns'] as const;

export function ariaSuggestionsOpen(composer: Element): boolean {
  let el: Element | null = composer;
  for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
    // Up the tree only an explicit combobox counts (ARIA 1.1 wraps the textbox in one).
    if (depth > 0 && el.getAttribute('role') !== 'combobox') continue;
    if (el.getAttribute('aria-expanded') === 'true') return true;
    const root = el.getRootNode() as Document | ShadowRoot;
    for (const attr of POINTERS) {
      for (const id of (el.getAttribute(attr) ?? '').split(/\s+/)) {
        if (!id) continue;
        const target = root.getElementById?.(id) ?? el.ownerDocument.getElementById(id);
        if (target && target.getClientRects().length > 0 && (target.matches(LIST) || target.querySelector(LIST))) return true;
      }
    }
  }
  return false;
}
