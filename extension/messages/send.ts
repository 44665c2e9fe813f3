/**
 * Sending a message to the background from a content script or an extension page. Never throws: after an
 * extension update or reload the page's old content script has no extension to talk to (the "Extension
 * context invalidated" case), and a background that is restarting may not answer; both are normal and
 * must never break the page or a post.
 */
import { browser } from 'wxt/browser';
import type { MessageOf, MessageType, ReplyOf } from './contract.ts';

/** Ask and wait for the reply; null when there is no answer. */
export async function ask<T extends MessageType>(message: MessageOf<T>): Promise<ReplyOf<T> | null> {
  try {
    return ((await browser.runtime.sendMessage(message)) as ReplyOf<T> | undefined) ?? null;
  } catch {
    return null;
  }
}

/** Fire and forget. */
export function tell<T extends MessageType>(message: MessageOf<T>): void {
  void ask(message);
}
