/**
 * What the end-to-end tests type and look for, defined once. The texts are chosen so the analysis outcome is
 * certain under any configuration: RISKY always has findings (an email address and, in the variants, a
 * rostered-style name or swearing), CLEAN never does.
 */
import { resolve } from 'node:path';
import { ROOT } from './harness.ts';

/** The overlay's accessible name. */
export const OVERLAY = { name: "If in doubt, don't post" } as const;
/** An email address and a swear word: findings on every site. */
export const RISKY = 'Email me at jo.bloggs@example.com about this shit';
/** A pupil's full name with school context, and an email address: the screenshot post. */
export const RISKY_PUPIL = 'Well done Sam Jones from Year 6! Email me at jo.bloggs@example.com';
/** Nothing to find. */
export const CLEAN = 'Lovely sunny day for a walk by the river.';
/** Where the README's screenshots are written. */
export const SCREENSHOTS = resolve(ROOT, 'docs/screenshots');
