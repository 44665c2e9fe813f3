/**
 * The gentle notes that are not about the post's words: posting in school hours, attaching a photo or
 * video, and a post going to a public audience. Each cites the clause of the school's policy that covers
 * it, like a finding does, but none of them ever holds a post back.
 */
import type { Clause, Theme } from '../engine/types.ts';
import { clauseFor, type PolicyPack } from '../policy/pack.ts';

export type NoteKind = 'working-hours' | 'media' | 'audience';

export interface Note {
  kind: NoteKind;
  /** One calm sentence, shown as is. */
  message: string;
  clause: Clause;
  /** "Not today" is offered (and remembered for the local day) for this kind. */
  dismissible: boolean;
}

const NOTES = {
  'working-hours': { theme: 'working-hours', message: (c: string) => `School hours: posting now may go against ${c}.`, dismissible: true },
  media: {
    theme: 'pupil-images',
    message: (c: string) => `Photo or video attached: check you have consent for any pupils in it, and that no uniform, badge or school building gives them away (${c}).`,
    dismissible: false,
  },
  audience: { theme: 'privacy-settings', message: (c: string) => `This post is public: anyone can see it (${c}).`, dismissible: false },
} as const satisfies Record<NoteKind, { theme: Theme; message(clauseLabel: string): string; dismissible: boolean }>;

/** Kinds in the order they are shown. */
export const NOTE_KINDS: readonly NoteKind[] = ['working-hours', 'media', 'audience'];

export function noteFor(kind: NoteKind, pack: PolicyPack, policyUrl?: string): Note {
  const n = NOTES[kind];
  // A rule-style override ("note/<kind>") lets a pack cite a more precise clause than the theme's.
  const clause = clauseFor(pack, n.theme, policyUrl, `note/${kind}`);
  return { kind, message: n.message(clauseLabel(clause)), clause, dismissible: n.dismissible };
}

/** "clause 6" for the short line next to the badge; the policy's own id, or nothing for the fallback. */
export function clauseLabel(clause: Clause): string {
  return clause.id ? `clause ${clause.id}` : 'your policy';
}
