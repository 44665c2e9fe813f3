/**
 * Mounting the options page for DOM tests: a store the test answers (as the real one does: provisional first,
 * then the school's policy), and the page rendered into a fresh host that `unmountOptions` removes. Test files
 * mock the Mastodon access module and `wxt/browser` before importing this (vi.mock is per file).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { OptionsApp } from '../../../../entrypoints/options/App.tsx';
import { resolveConfig } from '../../../../lib/policy/resolver.ts';

type Resolved = ReturnType<typeof resolveConfig>;
type Layers = { managed?: Record<string, unknown>; user?: Record<string, unknown> };

let host: HTMLElement | undefined;

/** A store whose answers the test gives one at a time. */
export function controlledStore() {
  let listener: ((r: Resolved, info: { provisional: boolean }) => void) | undefined;
  let settled: Resolved | undefined;
  const changeSetting = vi.fn(async () => ({ ok: false as const, message: 'not in this test' }));
  return {
    store: {
      watch: (l: (r: Resolved, info: { provisional: boolean }) => void) => {
        listener = l;
        if (settled) l(settled, { provisional: false });
        return () => undefined;
      },
      changeSetting,
    },
    changeSetting,
    answer: (layers: Layers, provisional: boolean) => act(() => listener!(resolveConfig(layers), { provisional })),
    /** Answer with the school's policy as soon as the page asks (for tests about the settled page). */
    settle(layers: Layers) {
      settled = resolveConfig(layers);
      return this;
    },
  };
}

export type OptionsStore = ReturnType<typeof controlledStore>['store'];
export type RuleList = readonly { id: string; description: string }[];

/** Render the page; `loadRules` defaults to the real rule registry. */
export async function mountOptions(store: OptionsStore, loadRules?: () => Promise<RuleList>): Promise<HTMLElement> {
  host = document.createElement('div');
  document.body.append(host);
  await act(async () => {
    render(loadRules ? <OptionsApp store={store} loadRules={loadRules} /> : <OptionsApp store={store} />, host!);
  });
  return host;
}

export function unmountOptions(): void {
  if (host) render(null, host);
  host?.remove();
  host = undefined;
}
