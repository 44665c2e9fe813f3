import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ChecklistApp, type ChecklistSource } from '../../../components/checklist/ChecklistApp.tsx';
import { Checklist } from '../../../components/checklist/Checklist.tsx';
import { SettingsPanel } from '../../../components/checklist/SettingsPanel.tsx';
import { Welcome } from '../../../components/checklist/Welcome.tsx';
import type { PostPauseConfig } from '../../../lib/policy/config.ts';
import { reminderSettings } from '../../../lib/privacy/due.ts';
import { buildChecklist } from '../../../lib/privacy/model.ts';
import { emptyState, withChecked, withSnooze, withoutChecked, type PrivacyState } from '../../../lib/privacy/state.ts';
import { defaultPack, getPack } from '../../../lib/policy/packs/index.ts';

const LONDON = 'Europe/London';
const NOW = Date.UTC(2026, 10, 2, 10); // Monday 2 November 2026
const DAY = 86_400_000;

function memorySource(initial: PrivacyState, config: PostPauseConfig = {}) {
  const calls: string[] = [];
  let state = initial;
  const source: ChecklistSource = {
    load: async () => ({ state, config }),
    mark: async (ids, checked, at) => {
      calls.push(`${checked ? 'mark' : 'unmark'} ${ids.join(',')}`);
      state = checked ? withChecked(state, ids, at) : withoutChecked(state, ids);
      return state;
    },
    snooze: async (until) => {
      calls.push(`snooze ${until === undefined ? 'off' : new Date(until).toISOString()}`);
      state = withSnooze(state, until);
      return state;
    },
    reset: async (now) => {
      calls.push('reset');
      state = emptyState(now);
      return state;
    },
  };
  return { source, calls, get state() { return state; } };
}

let root: HTMLElement | undefined;

async function mount(source: ChecklistSource, variant: 'popup' | 'page' = 'popup') {
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<ChecklistApp source={source} variant={variant} timeZone={LONDON} now={() => NOW} fullPageUrl="checklist.html" />, root!);
  });
  // Let the load() promise settle and the first real render happen.
  await act(async () => {
    await Promise.resolve();
  });
  const r = root;
  return {
    root: r,
    text: () => r.textContent ?? '',
    item: (id: string) => r.querySelector<HTMLElement>(`[data-item="${id}"]`)!,
    button: (name: string, within: Element = r) => [...within.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!,
    click: async (el: Element) => {
      await act(async () => {
        (el as HTMLElement).click();
        await Promise.resolve();
      });
    },
  };
}

afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
});

describe('ChecklistApp', () => {
  it('popup: the folded platforms are drawn first and their items after that paint; the full page draws everything at once', async () => {
    const model = buildChecklist({ state: emptyState(NOW - DAY), settings: reminderSettings({}), pack: defaultPack, clock: { now: NOW, timeZone: LONDON } });
    const draw = (variant: 'popup' | 'page') => {
      root = document.createElement('div');
      document.body.append(root);
      // Not inside act(): what the first render commits, before Preact runs effects after the paint.
      render(<Checklist model={model} timeZone={LONDON} resolveUrl={(u) => u} onMark={() => undefined} variant={variant} />, root);
      return root;
    };
    const popup = draw('popup');
    expect(popup.querySelectorAll('[data-platform]')).toHaveLength(model.platforms.length);
    expect(popup.querySelector('[data-testid="overall"]')!.textContent).toMatch(/checks up to date/);
    expect(popup.querySelectorAll('[data-item]')).toHaveLength(0);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50));
    });
    const items = model.platforms.reduce((n, p) => n + p.items.length, 0);
    expect(popup.querySelectorAll('[data-item]')).toHaveLength(items);
    render(null, popup);
    popup.remove();

    const page = draw('page');
    expect(page.querySelectorAll('[data-item]')).toHaveLength(items);
  });

  it('renders every platform with a progress ring, and overall progress', async () => {
    const m = memorySource(emptyState(NOW - DAY));
    const ui = await mount(m.source);
    const platforms = [...ui.root.querySelectorAll('[data-platform]')].map((e) => e.getAttribute('data-platform'));
    expect(platforms).toEqual(['facebook', 'instagram', 'x', 'linkedin', 'tiktok', 'whatsapp', 'threads', 'reddit', 'bluesky', 'snapchat', 'youtube']);
    const rings = ui.root.querySelectorAll('svg[role="img"]');
    expect(rings.length).toBe(platforms.length + 1);
    expect(rings[0]!.getAttribute('aria-label')).toMatch(/^All platforms: 0 of \d+ checks up to date$/);
    expect(ui.text()).toContain('Every 90 days, as PostPause good-practice guide asks.');
    expect(ui.item('facebook/audience').textContent).toContain('Not checked yet');
  });

  it('shows what to check, the recommendation, why (with the clause) and a link to the exact settings page', async () => {
    const ui = await mount(memorySource(emptyState(NOW - DAY)).source);
    const row = ui.item('x/findability');
    expect(row.textContent).toContain('Let people who have your email address or phone number find you');
    expect(row.textContent).toContain('Recommended: Off (both)');
    expect(row.textContent).toContain('G4 — Your personal details');
    expect(row.textContent).toContain('Keep your home address, phone number');
    const link = row.querySelector<HTMLAnchorElement>('[data-testid="open-settings"]')!;
    expect(link.getAttribute('href')).toBe('https://x.com/settings/contacts');
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
    // App-only settings say where they are instead of offering a wrong link.
    const snap = ui.item('snapchat/location');
    expect(snap.querySelector('[data-testid="open-settings"]')).toBeNull();
    expect(snap.textContent).toContain('Where: In the app: Settings › Privacy Controls › See my location');
  });

  it('marks an item checked with today’s date, and can undo it', async () => {
    const m = memorySource(emptyState(NOW - DAY));
    const ui = await mount(m.source);
    await ui.click(ui.button('Mark checked', ui.item('facebook/tagging')));
    expect(m.calls).toEqual(['mark facebook/tagging']);
    expect(m.state.checked['facebook/tagging']).toBe(new Date(NOW).toISOString());
    expect(ui.item('facebook/tagging').querySelector('[data-testid="status"]')!.textContent).toBe('Checked 2 Nov 2026');
    expect(ui.root.querySelector('[data-platform="facebook"] svg')!.getAttribute('aria-label')).toMatch(/^Facebook: 1 of 9/);
    await ui.click(ui.button('Undo', ui.item('facebook/tagging')));
    expect(m.calls).toEqual(['mark facebook/tagging', 'unmark facebook/tagging']);
    expect(ui.item('facebook/tagging').textContent).toContain('Not checked yet');
  });

  it('shows which items are due, and offers snooze only then', async () => {
    const fresh = await mount(memorySource(emptyState(NOW - DAY)).source);
    expect(fresh.text()).not.toContain('Snooze for a week');
    render(null, fresh.root);
    fresh.root.remove();

    const old = withChecked(emptyState(NOW - 200 * DAY), ['x/audience'], NOW - 100 * DAY);
    const m = memorySource(old, { reminderPlatforms: ['x'] });
    const ui = await mount(m.source);
    expect(ui.item('x/audience').getAttribute('data-state')).toBe('due');
    expect(ui.item('x/audience').textContent).toContain('Due: last checked 25 Jul 2026');
    expect(ui.item('x/apps').textContent).toContain('Due: not checked yet');
    expect(ui.root.querySelector('[data-testid="overall"]')!.textContent).toMatch(/0 of 8 checks up to date · 8 due/);
    await ui.click(ui.button('Snooze for a week'));
    // Until the start of Monday 9 November, London time (GMT).
    expect(m.calls).toEqual(['snooze 2026-11-09T00:00:00.000Z']);
    expect(ui.root.querySelector('[data-testid="snoozed"]')!.textContent).toBe('Reminders snoozed until 9 Nov 2026.');
    await ui.click(ui.button('Turn reminders back on'));
    expect(m.calls.at(-1)).toBe('snooze off');
  });

  it('uses the interval and platforms from configuration and the school pack’s clauses', async () => {
    const m = memorySource(emptyState(NOW - DAY), { reminderIntervalDays: 30, reminderPlatforms: ['linkedin'], policyPack: 'woodbridge-junior' });
    const ui = await mount(m.source, 'page');
    expect([...ui.root.querySelectorAll('[data-platform]')].map((e) => e.getAttribute('data-platform'))).toEqual(['linkedin']);
    const woodbridge = getPack('woodbridge-junior')!;
    expect(ui.text()).toContain(`Every 30 days, as ${woodbridge.name} asks.`);
    expect(ui.item('linkedin/audience').textContent).toContain('5.iv');
    // The full page opens every platform and every reason.
    expect(ui.root.querySelector('details[data-platform="linkedin"]')!.hasAttribute('open')).toBe(true);
  });

  it('asks before resetting, then clears every date', async () => {
    const m = memorySource(withChecked(emptyState(NOW - DAY), ['x/audience', 'reddit/apps'], NOW - DAY));
    const ui = await mount(m.source);
    await ui.click(ui.button('Reset checklist'));
    expect(m.calls).toEqual([]);
    await ui.click(ui.button('Cancel'));
    await ui.click(ui.button('Reset checklist'));
    await ui.click(ui.button('Yes, reset'));
    expect(m.calls).toEqual(['reset']);
    expect(m.state.checked).toEqual({});
    expect(ui.item('x/audience').textContent).toContain('Not checked yet');
  });

  it('says so when saving fails, and keeps the list', async () => {
    const m = memorySource(emptyState(NOW - DAY));
    m.source.mark = async () => {
      throw new Error('quota');
    };
    const ui = await mount(m.source);
    await ui.click(ui.button('Mark checked', ui.item('x/audience')));
    expect(ui.root.querySelector('[role="alert"]')!.textContent).toBe('That did not save. Please try again.');
    expect(ui.item('x/audience').textContent).toContain('Not checked yet');
  });
});

describe('SettingsPanel', () => {
  it('lists the page’s items, marks them, and can be minimised and closed', async () => {
    const model = buildChecklist({
      state: withChecked(emptyState(NOW - DAY), ['x/tagging'], NOW),
      settings: reminderSettings({}),
      pack: defaultPack,
      clock: { now: NOW, timeZone: LONDON },
    });
    const items = model.platforms.find((p) => p.id === 'x')!.items.filter((i) => i.id === 'x/audience' || i.id === 'x/tagging');
    const marks: string[] = [];
    root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(
        <SettingsPanel page={{ platformName: 'X (Twitter)', exact: true, items, timeZone: LONDON }} onMark={(ids, c) => marks.push(`${c} ${ids}`)} resolveUrl={(u) => u} />,
        root!,
      );
    });
    const panel = root.querySelector('[data-testid="postpause-panel"]')!;
    expect(panel.textContent).toContain('X (Twitter) privacy check');
    expect(panel.querySelectorAll('[data-item]').length).toBe(2);
    // Already on the settings page: no link to it.
    expect(panel.querySelector('[data-testid="open-settings"]')).toBeNull();
    expect(panel.querySelector('[data-item="x/tagging"]')!.textContent).toContain('Checked 2 Nov 2026');
    await act(async () => (panel.querySelector('[data-item="x/audience"] [data-testid="mark"]') as HTMLElement).click());
    expect(marks).toEqual(['true x/audience']);
    await act(async () => (root!.querySelector('button[aria-label="Minimise"]') as HTMLElement).click());
    expect(root.querySelector('[data-testid="postpause-panel"]')).toBeNull();
    expect(root.textContent).toContain('PostPause · 1 to check');
    await act(async () => (root!.querySelector('button[aria-label="Show PostPause privacy checks"]') as HTMLElement).click());
    await act(async () => (root!.querySelector('button[aria-label="Close"]') as HTMLElement).click());
    expect(root.textContent).toBe('');
  });
});

describe('Welcome', () => {
  it('says what PostPause does and does not do, with the school and pack in force', async () => {
    root = document.createElement('div');
    document.body.append(root);
    const pack = getPack('stockham-primary')!;
    await act(async () => {
      render(<Welcome config={{ schoolName: 'Stockham Primary School' }} pack={pack} policyHref={pack.url || null} checklistUrl="checklist.html" tryUrl="try.html" managed />, root!);
    });
    expect(root.textContent).toContain('Nothing leaves this device.');
    expect(root.querySelector('[data-testid="school"]')!.textContent).toBe('School: Stockham Primary School');
    expect(root.querySelector('[data-testid="pack"]')!.textContent).toContain(pack.name);
    expect(root.textContent).toContain('Set up by your school.');
    expect(root.querySelector<HTMLAnchorElement>('[data-testid="start"]')!.getAttribute('href')).toBe('checklist.html');
  });
});
