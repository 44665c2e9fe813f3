/**
 * The IT lead's selector override (`siteSelectors`): the safe selector syntax check, the setting's
 * validation with messages that say where the problem is, and the pure merge into the adapters.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSelector } from '../../../../lib/sites/selector-syntax.ts';
import { EXTRA_LIMITS, parseSiteSelectors, withExtraSelectors, type SiteSelectors } from '../../../../lib/sites/extra-selectors.ts';
import { SITES } from '../../../../lib/sites/index.ts';
import { validateConfig, formatProblem } from '../../../../lib/policy/config.ts';
import type { SiteAdapter } from '../../../../lib/sites/types.ts';

/** Selectors of the kinds the adapters use (lib/sites), all of which the check must accept. */
const VALID = [
  'textarea',
  '*',
  '#composer',
  '.ql-editor',
  '._1mf._1mj',
  'div[contenteditable="true"][role="textbox"]',
  "[aria-label='Message input field']",
  '[data-testid^="tweetTextarea_"] textarea',
  'button[aria-label*="post" i]',
  'div.share-box > form .editor:not([hidden])',
  'ytd-comment-simplebox-renderer #contenteditable-root',
  'span[data-icon="wds-ic-send-filled"]',
  'div:has(> textarea) ~ button:is(.send, [type=submit])',
  'li:nth-child(2n+1) + li:first-child',
  '.md\\:flex',
  '.\\31 23',
  'form[action$=".php"] input[type=submit]:enabled',
  'div[data-x=a-b_c]',
  '.autosuggest-textarea__suggestions:not(:empty)',
];

describe('checkSelector', () => {
  it.each(VALID)('accepts %s', (sel) => {
    expect(checkSelector(sel)).toEqual({ ok: true });
  });

  it.each<[string, string, number]>([
    ['div {color: red}', 'unexpected "{"', 5],
    ['div; alert(1)', 'unexpected ";"', 4],
    ['a, b', 'has a comma: give one selector per entry', 2],
    ['p::before', 'pseudo-elements (::) are not supported', 2],
    ['svg|a', 'namespaces are not supported', 4],
    ['div:hax', ':hax is not supported', 4],
    [':contains("x")', ':contains() is not supported', 1],
    ['[data-x="unclosed]', 'has an unclosed quote', 9],
    ['[data-x', 'has an unclosed "["', 1],
    ['div > ', 'ends too soon', 7],
    ['div >> p', 'unexpected ">"', 6],
    ['li:nth-child(x)', ':nth-child() needs a number pattern such as 2n+1', 14],
    ['div:not(p', 'has an unclosed "("', 4],
    ['/* hi */ div', 'unexpected "/"', 1],
    ['div\u0000', 'unexpected "U+0000"', 4],
    ['@import url(x)', 'unexpected "@"', 1],
    [':is(:is(:is(:is(:is(:is(a))))))', 'nests too deeply', 21],
    ['', 'ends too soon', 1],
  ])('refuses %j: %s at character %i', (sel, reason, at) => {
    expect(checkSelector(sel)).toEqual({ ok: false, reason, at });
  });
});

const known = SITES;

describe('parseSiteSelectors', () => {
  const good: SiteSelectors = {
    linkedin: { share: { submitControls: ['button[data-test-share-post]'] }, comment: { submitKeys: ['Ctrl+Enter'] } },
    x: { 'mobile-post': { composers: ['[data-testid^="tweetTextarea_"] textarea'], submitKeys: ['Ctrl+Enter'] } },
  };

  it('accepts an object or its JSON text, trimming selectors', () => {
    expect(parseSiteSelectors(good, known)).toEqual({ ok: true, value: good });
    expect(parseSiteSelectors(JSON.stringify(good), known)).toEqual({ ok: true, value: good });
    expect(parseSiteSelectors({ x: { post: { composers: ['  textarea  '] } } }, known)).toEqual({ ok: true, value: { x: { post: { composers: ['textarea'] } } } });
  });

  it.each<[string, unknown, string]>([
    ['not JSON', '{"x": ', 'must be a JSON object (the text given is not valid JSON)'],
    ['a list', ['x'], 'must be an object of sites'],
    ['an unknown site', { myspace: {} }, 'has a site PostPause does not know (sites: x, linkedin'],
    ['a site that is not an object', { x: ['textarea'] }, 'has a problem at site "x": must be an object of surfaces'],
    ['a bad surface id', { x: { 'Post Box': { composers: ['textarea'] } } }, 'has a problem at site "x": a surface id must be lower-case'],
    ['an unknown field (no scripts)', { x: { post: { composers: ['textarea'], onSend: 'alert(1)' } } }, 'has a problem at site "x", surface "post": a field PostPause does not know'],
    ['a selector that is not text', { x: { post: { composers: [42] } } }, 'has a problem at site "x", surface "post", composers entry 1: must be a selector (text)'],
    ['a bad selector', { x: { post: { submitControls: ['button', 'button {x}'] } } }, 'has a problem at site "x", surface "post", submitControls entry 2: not a selector PostPause accepts (unexpected "{" at character 8)'],
    ['an unknown key', { x: { post: { submitKeys: ['Space'] } } }, 'has a problem at site "x", surface "post", submitKeys: must be a list of "Enter" or "Ctrl+Enter"'],
    ['a new surface without a box', { x: { extra: { submitControls: ['button'] } } }, 'has a problem at site "x", surface "extra": not one of the site\'s surfaces (post, '],
    ['a new surface without a way to send', { x: { extra: { composers: ['textarea'] } } }, 'which needs "submitControls" or "submitKeys"'],
    ['a selector too long', { x: { post: { composers: [`div${'.a'.repeat(200)}`] } } }, `composers entry 1: too long (403 characters, at most ${EXTRA_LIMITS.selectorLength})`],
    ['too many selectors in a list', { x: { post: { composers: Array(21).fill('textarea') } } }, 'composers: 21 selectors, at most 20'],
    ['too many surfaces', { x: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`s${i}`, { composers: ['textarea'], submitKeys: ['Enter'] }])) }, 'has a problem at site "x": 11 surfaces, at most 10'],
  ])('refuses %s, saying where', (_label, value, message) => {
    const r = parseSiteSelectors(value, known);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });

  it('caps the selectors in the whole setting', () => {
    const many = Object.fromEntries(SITES.slice(0, 2).map((s) => [s.id, Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`s${i}`, { composers: Array(20).fill('textarea'), submitKeys: ['Enter'] }]))]));
    const r = parseSiteSelectors(many, known);
    expect(r).toEqual({ ok: false, message: `has more than ${EXTRA_LIMITS.total} selectors in all` });
  });

  it('is validated as a setting like every other key, never echoing the value', () => {
    const r = validateConfig({ schoolName: 'Woodbridge', siteSelectors: { x: { post: { composers: ['div.Amelia-Zyskowska {'] } } } });
    expect(r.config).toEqual({ schoolName: 'Woodbridge' });
    expect(r.problems).toHaveLength(1);
    const line = formatProblem(r.problems[0]!);
    expect(line).toMatch(/^setting "siteSelectors" has a problem at site "x", surface "post", composers entry 1: not a selector PostPause accepts/);
    expect(line).not.toContain('Amelia');
  });

  it('accepts the example in docs/deploying.md', () => {
    const doc = readFileSync(new URL('../../../../docs/deploying.md', import.meta.url), 'utf8');
    const section = doc.slice(doc.indexOf('## Fixing a site that changed'));
    const example = /```json\n([\s\S]*?)```/.exec(section)![1]!;
    expect(parseSiteSelectors(example, known)).toMatchObject({ ok: true });
  });
});

describe('withExtraSelectors', () => {
  const site: SiteAdapter = {
    id: 'demo',
    name: 'Demo',
    matches: ['https://demo.example/*'],
    surfaces: [
      { id: 'post', editor: 'lexical', composers: ['.old-editor'], submitControls: ['button.old-post'], submitKeys: [], replay: 'click' },
      { id: 'generic', editor: 'contenteditable', composers: ['textarea'], submitControls: [], submitKeys: [], replay: 'click', fallback: true },
    ],
  };

  it('returns the adapter itself when there is nothing for it', () => {
    expect(withExtraSelectors(site, undefined)).toBe(site);
    expect(withExtraSelectors(site, {})).toBe(site);
  });

  it('adds selectors and keys to a surface it has, without duplicates, and never changes the adapter', () => {
    const frozen = JSON.stringify(site);
    const out = withExtraSelectors(site, { post: { composers: ['.new-editor', '.old-editor'], submitControls: ['button[data-post]'], submitKeys: ['Ctrl+Enter'] } });
    expect(out.surfaces[0]).toEqual({
      id: 'post',
      editor: 'lexical',
      composers: ['.old-editor', '.new-editor'],
      submitControls: ['button.old-post', 'button[data-post]'],
      submitKeys: [{ key: 'Enter', mod: 'ctrl-or-meta' }],
      replay: 'click',
    });
    expect(out.surfaces[1]).toBe(site.surfaces[1]);
    expect(JSON.stringify(site)).toBe(frozen);
  });

  it('makes a new surface before the generic fallback (which then leaves its boxes alone)', () => {
    const out = withExtraSelectors(site, {
      chat: { composers: ['div[aria-label="Message"]'], submitKeys: ['Enter'] },
      reply: { composers: ['.reply-box'], submitControls: ['button.reply'] },
      broken: { submitKeys: ['Enter'] },
    });
    expect(out.surfaces.map((s) => s.id)).toEqual(['post', 'chat', 'reply', 'generic']);
    expect(out.surfaces[1]).toMatchObject({ editor: 'contenteditable', submitKeys: [{ key: 'Enter', mod: 'none' }], replay: 'key' });
    expect(out.surfaces[2]).toMatchObject({ replay: 'click', submitKeys: [] });
  });

  it('works on every real adapter', () => {
    // Nextdoor has only the generic fallback: a school's fix for it is a new surface.
    for (const s of SITES.filter((x) => x.surfaces.some((y) => !y.fallback))) {
      const own = s.surfaces.find((x) => !x.fallback)!;
      const out = withExtraSelectors(s, { [own.id]: { composers: ['.school-fix'] } });
      expect(out.surfaces.find((x) => x.id === own.id)!.composers.at(-1), s.id).toBe('.school-fix');
      expect(out.surfaces.length, s.id).toBe(s.surfaces.length);
    }
    const nextdoor = SITES.find((x) => x.id === 'nextdoor')!;
    const fixed = withExtraSelectors(nextdoor, { post: { composers: ['.nd-editor'], submitControls: ['button.nd-post'] } });
    expect(fixed.surfaces.map((x) => x.id)).toEqual(['post', ...nextdoor.surfaces.map((x) => x.id)]);
  });
});
