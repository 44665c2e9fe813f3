/** The message a content script sends to have the background open one of PostPause's pages. */
export interface OpenPageMessage {
  type: 'postpause/open-page';
  /** An extension page with an optional anchor, e.g. "guide.html#G4". */
  path: string;
}

/** Only our own top-level pages, optionally with an anchor: nothing else can be opened this way. */
const PAGE = /^[a-z0-9-]+\.html(#[A-Za-z0-9._-]*)?$/;

export function isOpenPageMessage(m: unknown): m is OpenPageMessage {
  return typeof m === 'object' && m !== null && (m as OpenPageMessage).type === 'postpause/open-page' && typeof (m as OpenPageMessage).path === 'string' && PAGE.test((m as OpenPageMessage).path);
}
