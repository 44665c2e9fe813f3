/**
 * The background's one message listener: validates every incoming message against the contract, hands it to
 * the handler for its type and sends back the reply. A message that is not ours gets no answer (so another
 * listener, e.g. the browser's own, may answer); a handler that fails answers null and is reported, and never
 * takes the background down.
 */
import { isMessage, type MessageOf, type MessageType, type ReplyOf } from './contract.ts';

/** Who sent the message: the tab, for content scripts (used for per-tab leases and opening pages beside it). */
export interface Sender {
  tab?: { id?: number; index: number };
  /** The sending page's address (a site for content scripts, the extension's own origin for its pages). */
  url?: string;
}

export type Handlers = {
  [T in MessageType]: (message: MessageOf<T>, sender: Sender) => ReplyOf<T> | Promise<ReplyOf<T>>;
};

/** A `runtime.onMessage` listener for these handlers. */
export function createRouter(handlers: Handlers, onError: (type: MessageType, err: unknown) => void) {
  return (message: unknown, sender: Sender): Promise<unknown> | undefined => {
    if (!isMessage(message)) return undefined;
    const handle = handlers[message.type] as (m: typeof message, s: Sender) => unknown;
    return Promise.resolve()
      .then(() => handle(message, sender))
      .catch((err: unknown) => {
        onError(message.type, err);
        return null;
      });
  };
}
