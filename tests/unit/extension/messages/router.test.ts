import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '../../../../extension/messages/router.ts';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const ok = () => ({ ok: true });
  return {
    'postpause:compose-activity': ok,
    'postpause:privacy-changed': ok,
    'postpause:privacy-page': () => null,
    'postpause:privacy-mark': ok,
    'postpause:pause-outcome': ok,
    'postpause:error': ok,
    'postpause:open-page': ok,
    'postpause:site-health': ok,
    ...overrides,
  };
}

describe('background message router', () => {
  it('hands each message to the handler for its type, with the sender, and returns its reply', async () => {
    const activity = vi.fn(() => ({ ok: true }));
    const route = createRouter(handlers({ 'postpause:compose-activity': activity }), () => {});
    const sender = { tab: { id: 4, index: 1 } };
    await expect(route({ type: 'postpause:compose-activity', active: false }, sender)).resolves.toEqual({ ok: true });
    expect(activity).toHaveBeenCalledWith({ type: 'postpause:compose-activity', active: false }, sender);
  });

  it('gives no answer to messages that are not ours or are malformed', () => {
    const route = createRouter(handlers(), () => {});
    expect(route({ type: 'someone-else' }, {})).toBeUndefined();
    expect(route({ type: 'postpause:pause-outcome', outcome: 'deleted', categories: [] }, {})).toBeUndefined();
    expect(route(undefined, {})).toBeUndefined();
  });

  it('answers null and reports when a handler fails, synchronously or not', async () => {
    const onError = vi.fn();
    const route = createRouter(
      handlers({
        'postpause:privacy-changed': () => {
          throw new Error('sync');
        },
        'postpause:error': () => Promise.reject(new Error('async')),
      }),
      onError,
    );
    await expect(route({ type: 'postpause:privacy-changed' }, {})).resolves.toBeNull();
    await expect(route({ type: 'postpause:error', site: 'x', where: 'y', message: 'z' }, {})).resolves.toBeNull();
    expect(onError.mock.calls.map((c) => c[0])).toEqual(['postpause:privacy-changed', 'postpause:error']);
  });
});
