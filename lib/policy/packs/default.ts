import type { PolicyPack } from '../pack.ts';

/**
 * The neutral pack for schools that have not chosen one, written in PostPause's own words (it quotes no
 * school's document). Its link is the extension's bundled guide page (entrypoints/guide), which shows
 * these clauses with each id as its anchor; the UI resolves it with runtime.getURL.
 */
export const defaultPack = {
  id: 'default',
  name: 'PostPause good-practice guide',
  version: '2026-11',
  url: 'guide.html',
  urlNote: "PostPause's own words, bundled with the extension. A school that has not chosen a pack can still set policyUrl to its own policy.",
  generalClause: 'G0',
  clauses: [
    { id: 'G0', anchor: 'G0', title: "If in doubt, don't post", quote: "If you are not sure whether something is appropriate to share, don't post it." },
    { id: 'G1', anchor: 'G1', title: 'Pupils', quote: 'Never name, describe or otherwise identify a pupil, past or present, on social media.' },
    { id: 'G2', anchor: 'G2', title: 'Images', quote: "Do not share images of pupils, their uniform or the school premises without the school's consent." },
    { id: 'G3', anchor: 'G3', title: 'Your school and your role', quote: 'On personal accounts, do not identify your school, use its logo or speak on its behalf.' },
    { id: 'G4', anchor: 'G4', title: 'Your personal details', quote: 'Keep your home address, phone number, date of birth and other personal details private.' },
    { id: 'G5', anchor: 'G5', title: 'Where you are', quote: 'Avoid sharing your live location or when your home is empty.' },
    { id: 'G6', anchor: 'G6', title: 'Respectful content', quote: 'Do not post anything offensive, discriminatory, threatening or abusive.' },
    { id: 'G7', anchor: 'G7', title: 'Concerns and grievances', quote: 'Raise concerns about work, including whistle-blowing, through the proper channels, not on social media.' },
    { id: 'G8', anchor: 'G8', title: 'Confidential information', quote: 'Keep confidential and not-yet-public school information off social media.' },
    { id: 'G9', anchor: 'G9', title: 'Contact with pupils and parents', quote: 'Do not connect with pupils or former pupils on personal accounts, and think twice before connecting with parents.' },
    { id: 'G10', anchor: 'G10', title: 'Working hours', quote: 'Keep personal social media use out of working time.' },
    { id: 'G11', anchor: 'G11', title: 'Privacy settings', quote: 'Check your privacy and security settings regularly; platforms change them without warning.' },
  ],
  themes: {
    'pupil-identification': 'G1',
    'pupil-images': 'G2',
    'staff-identification': 'G3',
    'personal-details': 'G4',
    'location-sharing': 'G5',
    'offensive-content': 'G6',
    grievances: 'G7',
    confidential: 'G8',
    'contact-with-pupils': 'G9',
    'working-hours': 'G10',
    'privacy-settings': 'G11',
    general: 'G0',
  },
} satisfies PolicyPack;
