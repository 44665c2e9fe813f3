/**
 * Tell the background when a post is being written, so privacy reminders never pop up in the middle of
 * one (see extension/messages/contract.ts): `active: true` on focus or input in a composer, at most every
 * 30 s (each is a two-minute lease), and `active: false` once when the post is sent or focus leaves.
 */
export const ACTIVITY_EVERY_MS = 30_000;

export interface ComposeActivity {
  /** Focus or input in a composer. */
  touch(): void;
  /** Sent, discarded, or focus left the composers. */
  end(): void;
}

export function createComposeActivity(send: (active: boolean) => void, now: () => number = Date.now): ComposeActivity {
  let lastTrue = -Infinity;
  let active = false;
  return {
    touch() {
      const t = now();
      if (active && t - lastTrue < ACTIVITY_EVERY_MS) return;
      lastTrue = t;
      active = true;
      send(true);
    },
    end() {
      if (!active) return;
      active = false;
      lastTrue = -Infinity;
      send(false);
    },
  };
}
