/**
 * The nine things every school policy means by "check your privacy and security settings", independent
 * of platform. Each platform lists the ones it has (lib/privacy/platforms.ts) in its own words; the
 * theme says which clause of the school's policy the check answers to.
 */
import type { Theme } from '../engine/types.ts';

export type CheckKind =
  | 'audience'
  | 'findability'
  | 'search-engines'
  | 'tagging'
  | 'location'
  | 'requests'
  | 'two-factor'
  | 'apps'
  | 'old-posts';

export interface CheckDef {
  /** Short label shared by every platform. */
  label: string;
  /** Why it matters to a member of school staff, in one sentence. */
  why: string;
  theme: Theme;
}

export const CHECKS = {
  audience: {
    label: 'Profile and posts not public',
    why: 'Pupils and parents can find a public profile in seconds, including posts from years ago.',
    theme: 'privacy-settings',
  },
  findability: {
    label: 'Who can find you by email or phone',
    why: 'Anyone with your email address or number (a parent, a pupil) can otherwise look your profile up.',
    theme: 'personal-details',
  },
  'search-engines': {
    label: 'Search-engine listing off',
    why: 'A listed profile turns up whenever anyone searches your name, pupils and parents included.',
    theme: 'privacy-settings',
  },
  tagging: {
    label: 'Review tags before they appear',
    why: 'Other people’s posts can name you, your school or where you are; review lets you say no first.',
    theme: 'privacy-settings',
  },
  location: {
    label: 'Location sharing off',
    why: 'Live or tagged locations show where you live, where you work and when your home is empty.',
    theme: 'location-sharing',
  },
  requests: {
    label: 'Friend, follow and message requests limited',
    why: 'Limiting who can reach you keeps pupils and, often, parents out of your personal accounts.',
    theme: 'contact-with-pupils',
  },
  'two-factor': {
    label: 'Two-factor sign-in on',
    why: 'A taken-over account can post in your name; a second step stops most of them.',
    theme: 'privacy-settings',
  },
  apps: {
    label: 'Apps with access reviewed',
    why: 'Old quizzes, games and sign-in-with apps can keep reading (or posting to) your account.',
    theme: 'privacy-settings',
  },
  'old-posts': {
    label: 'Old posts reviewed',
    why: 'What was fine to post before you worked in a school may not be fine now.',
    theme: 'privacy-settings',
  },
} as const satisfies Record<CheckKind, CheckDef>;

export const CHECK_KINDS = Object.keys(CHECKS) as CheckKind[];
