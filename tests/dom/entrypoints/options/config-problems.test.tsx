/**
 * The options page's display of configuration problems (issue 15): a mismatched roster secret is named as
 * a problem, an older roster without its key check gets a gentle note (not a problem), a disabledRules id
 * that is no rule is reported, and no roster value or secret ever appears on the page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

// The Mastodon section asks the browser about site access; the page under test does not need it.
vi.mock('../../../../extension/mastodon/browser.ts', () => ({
  instanceAccessGranted: async () => false,
  requestInstanceAccess: async () => false,
  releaseInstanceAccess: async () => undefined,
}));

// The page links to the Try page by its extension URL.
vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (path: string) => `chrome-extension://postpause${path}` } } }));

const { controlledStore, mountOptions, unmountOptions } = await import('./options-page.tsx');
const { hashRoster } = await import('../../../../lib/engine/roster/index.ts');
const { rosterKeyCheck } = await import('../../../../lib/engine/roster/key-check.ts');

const SECRET = 'school-secret-0123456789abcdef';
const roster = { rosterHashes: hashRoster(SECRET, [{ forename: 'Jack', surname: 'Smith' }]), rosterSecret: SECRET, rosterKeyCheck: rosterKeyCheck(SECRET) };

const page = (managed: Record<string, unknown>) => mountOptions(controlledStore().settle({ managed }).store);

afterEach(unmountOptions);

describe('options page: configuration problems', () => {
  it('names a roster secret that does not match its key check, and shows no secret', async () => {
    const el = await page({ ...roster, rosterSecret: 'another-secret-0123456789' });
    const problems = el.querySelector('[data-testid="policy-problems"]')!;
    expect(problems.textContent).toMatch(/"rosterSecret" was ignored because it does not match rosterKeyCheck/);
    expect(el.querySelector('[data-testid="roster-status"]')!.textContent).toMatch(/No pupil list/);
    expect(el.textContent).not.toMatch(/another-secret|school-secret|Jack|Smith/);
  });

  it('an older roster without its key check works, with a note rather than a problem', async () => {
    const { rosterKeyCheck: _check, ...old } = roster;
    const el = await page(old);
    expect(el.querySelector('[data-testid="policy-problems"]')).toBeNull();
    expect(el.querySelector('[data-testid="policy-notices"]')!.textContent).toMatch(/^Note: your school's policy setting "rosterKeyCheck" is not set/);
    expect(el.querySelector('[data-testid="roster-status"]')!.textContent).toMatch(/provided its pupil list/);
  });

  it('reports a disabledRules id that is not a rule, and a pasted roster without quoting it', async () => {
    const el = await page({ disabledRules: ['tone/profanty'], rosterSecret: SECRET, rosterHashes: 'Jack Smith, Amelia Jones' });
    // The rule ids come with the list of checks, loaded once the settings are on screen.
    await vi.waitFor(() => expect(el.querySelector('[data-setting="disabledRules"]')).not.toBeNull(), { timeout: 5000 });
    const text = el.querySelector('[data-testid="policy-problems"]')!.textContent!;
    expect(text).toMatch(/"disabledRules" was ignored because it names rules PostPause does not have \("tone\/profanty"\)/);
    expect(text).toMatch(/"rosterHashes" was ignored because it must be a list, got text \(not shown\)/);
    expect(el.textContent).not.toMatch(/Jack|Amelia/);
  });
});
