/**
 * The options page shows its settings at once, before the school's policy is known and before the list of
 * checks (the rule registry, most of the page's script) has loaded, without ever letting a setting look
 * editable while it may still turn out to be locked by the school (issue 12).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';

vi.mock('../../../../extension/mastodon/browser.ts', () => ({
  instanceAccessGranted: async () => false,
  requestInstanceAccess: async () => false,
  releaseInstanceAccess: async () => undefined,
}));
vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (path: string) => `chrome-extension://postpause${path}` } } }));

const { controlledStore, mountOptions: mount, unmountOptions } = await import('./options-page.tsx');

afterEach(unmountOptions);

const neverLoads = () => new Promise<never>(() => undefined);

const controls = (el: HTMLElement, name: string) => [...el.querySelectorAll<HTMLInputElement>(`[data-setting="${name}"] input, [data-setting="${name}"] textarea, [data-setting="${name}"] select`)];

describe('options page: first paint', () => {
  it('before the policy is known: every setting is shown disabled, described by the pending notice, and nothing saves', async () => {
    const s = controlledStore();
    const el = await mount(s.store, neverLoads);
    await s.answer({ user: { reminderIntervalDays: 14 } }, true);

    const pending = el.querySelector('[data-testid="policy-pending"]')!;
    expect(pending.getAttribute('role')).toBe('status');
    const settings = [...el.querySelectorAll<HTMLElement>('[data-setting]')];
    expect(settings.length).toBeGreaterThan(8);
    const all = settings.flatMap((box) => [...box.querySelectorAll<HTMLInputElement>('input, textarea, select')]);
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((c) => !c.disabled).map((c) => c.id)).toEqual([]);
    // The user's own value is shown (the page is not empty), but not offered for reset yet.
    expect(controls(el, 'reminderIntervalDays')[0]!.value).toBe('14');
    expect(el.querySelectorAll('button.reset')).toHaveLength(0);
    const interval = controls(el, 'reminderIntervalDays')[0]!;
    expect(interval.getAttribute('aria-describedby')!.split(' ')).toContain(pending.id);
    // No claim about a pupil list before the policy says whether there is one.
    expect(el.querySelector('[data-testid="roster-status"]')!.textContent).toMatch(/^Checking/);

    // Even a change event that reaches a disabled control saves nothing.
    interval.value = '30';
    await act(() => {
      interval.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(s.changeSetting).not.toHaveBeenCalled();
  });

  it('when the policy arrives, what the school set stays locked and the rest becomes editable', async () => {
    const s = controlledStore();
    const el = await mount(s.store, neverLoads);
    await s.answer({ user: { reminderIntervalDays: 14 } }, true);
    await s.answer({ managed: { schoolName: 'Woodbridge Junior School', locked: ['reminderIntervalDays'] }, user: { reminderIntervalDays: 14 } }, false);

    expect(el.querySelector('[data-testid="policy-pending"]')).toBeNull();
    expect(controls(el, 'schoolName')[0]!.disabled).toBe(true);
    expect(el.querySelector('[data-setting="schoolName"]')!.getAttribute('data-lock')).toBe('set-by-school');
    expect(controls(el, 'reminderIntervalDays')[0]!.disabled).toBe(true);
    expect(el.querySelector('[data-setting="reminderIntervalDays"]')!.getAttribute('data-lock')).toBe('locked-by-school');
    expect(controls(el, 'schoolPostcode')[0]!.disabled).toBe(false);
    expect(el.querySelector('[data-setting]:not([data-lock]) [disabled]')).toBeNull();
    expect(el.querySelectorAll('[data-pending]')).toHaveLength(0);
  });

  it('shows the settings while the list of checks is still loading, then the checks', async () => {
    const s = controlledStore();
    let give: ((list: { id: string; description: string }[]) => void) | undefined;
    const el = await mount(s.store, () => new Promise((resolve) => (give = resolve)));
    await s.answer({}, false);
    expect(el.querySelector('[data-setting="schoolName"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="checks-loading"]')!.textContent).toMatch(/Loading the list of checks/);
    expect(el.querySelector('[data-setting="disabledRules"]')).toBeNull();

    // Asked for after the settings' first frame.
    await vi.waitFor(() => expect(give).toBeDefined());
    await act(async () => give!([{ id: 'tone/shouting', description: 'Shouting' }]));
    await vi.waitFor(() => expect(el.querySelector('[data-setting="disabledRules"]')).not.toBeNull());
    expect(el.querySelector('[data-testid="checks-loading"]')).toBeNull();
    expect(el.querySelector<HTMLInputElement>('#setting-disabledRules-tone\\/shouting')!.checked).toBe(true);
  });

  it('the real list of checks is every rule in the registry', async () => {
    const { loadRuleList } = await import('../../../../entrypoints/options/App.tsx');
    const { RULES } = await import('../../../../rules/index.ts');
    const list = await loadRuleList();
    expect(list.map((r) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    expect(list.every((r) => r.description.length > 0)).toBe(true);
  });
});
