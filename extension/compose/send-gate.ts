/**
 * What the send guard does before the engine is ready: a send with text is held (never let through
 * unchecked), the engine is loaded if it was not already, and as soon as it is ready the held send is
 * decided exactly once: sent by the guard's replay when clean (or when PostPause is off on this site), or
 * handed to the engine to show why it was paused. Only if the engine itself fails is a held send let
 * through without a check (fail open).
 *
 * Once the engine is ready the gate is a plain pass-through to it: analysis stays synchronous inside the
 * send's own event, the only place a send can be stopped.
 */
import type { Finding } from '../../lib/engine/types.ts';
import type { BlockedSend, SendGuardOptions } from '../dom/send-guard.ts';
import { readComposerText } from '../dom/read-text.ts';
import type { EngineLoader } from './engine-loader.ts';

export interface SendGate extends Pick<SendGuardOptions, 'analyze' | 'onBlocked'> {
  hold(): boolean;
  isActive(): boolean;
  onPassed(): void;
  /** True while a held send waits for the engine. */
  holding(): boolean;
}

export interface SendGateOptions {
  engine: EngineLoader;
  /** The guard's replay: sends a stopped post exactly once. */
  sendAnyway(send: BlockedSend): boolean;
  /** False once the extension went away (ctx.isValid). */
  alive(): boolean;
  onError(where: string, err: unknown): void;
}

export function createSendGate(opts: SendGateOptions): SendGate {
  const { engine } = opts;
  /** The send waiting for the engine: a second press while it waits replaces it (one post, the latest text). */
  let pending: BlockedSend | null = null;

  /** The texts as they are now (what a replay would send), falling back to those read at the send. */
  const textsNow = (send: BlockedSend) => send.composers.map((c, i) => (c.isConnected ? readComposerText(c).text : (send.texts[i] ?? '')));

  const replay = (send: BlockedSend) => {
    try {
      opts.sendAnyway(send);
    } catch (err) {
      opts.onError('send-guard', err);
    }
  };

  const decideHeld = () => {
    const send = pending;
    pending = null;
    const session = engine.session();
    if (!send || !session) return;
    if (!opts.alive() || !session.enabled()) return replay(send);
    const texts = textsNow(send);
    const findings = texts.flatMap((t) => session.analyze(t));
    const decided: BlockedSend = { ...send, texts, findings };
    delete decided.held;
    if (findings.length === 0) {
      replay(decided);
      session.onPassed();
      return;
    }
    session.onBlocked(decided);
  };

  const failOpen = (err: unknown) => {
    opts.onError('engine', err);
    const send = pending;
    pending = null;
    if (send) replay(send);
  };

  const waitFor = () => {
    engine.load().then(decideHeld, failOpen);
  };

  return {
    hold() {
      const state = engine.state();
      if (state === 'ready' || state === 'failed') return false;
      return true;
    },
    analyze(text): Finding[] {
      return engine.session()?.analyze(text) ?? [];
    },
    isActive() {
      if (!opts.alive()) return false;
      const session = engine.session();
      return session ? session.enabled() : engine.state() !== 'failed';
    },
    onBlocked(send) {
      if (send.held) {
        const waiting = pending !== null;
        pending = send;
        if (!waiting) waitFor();
        return;
      }
      const session = engine.session();
      // Only the engine finds anything, so a send with findings always has one; fail open otherwise.
      if (!session) return replay(send);
      session.onBlocked(send);
    },
    onPassed() {
      engine.session()?.onPassed();
    },
    holding: () => pending !== null,
  };
}
