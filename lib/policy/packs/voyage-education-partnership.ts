import type { PolicyPack } from '../pack.ts';

/**
 * Voyage Education Partnership (multi-academy trust), Social Media Policy ratified 22/3/21. Sections 1-8
 * with unnumbered bullets; most staff rules are bullets of section 7 "Responsible Use of Social Media".
 */
export const voyageEducationPartnershipPack = {
  id: 'voyage-education-partnership',
  name: 'Voyage Education Partnership Social Media Policy',
  version: 'Ratified 22 March 2021',
  url: '',
  urlNote: 'No public address for this document is known and the text gives none: each academy sets policyUrl to its own copy.',
  generalClause: '2',
  clauses: [
    { id: '2', title: "If in doubt, don't post it", quote: "If in doubt, don't post it.", page: 3 },
    { id: '7', key: '7/identify-pupil', title: 'Responsible Use of Social Media', quote: 'Never post any information which can be used to identify a pupil.' },
    {
      id: '7',
      key: '7/identify-school',
      title: 'Responsible Use of Social Media',
      quote: 'Check that anything that you post does not identify you, your school, pupils or parents.',
    },
    {
      id: '7',
      key: '7/settings-and-address',
      title: 'Responsible Use of Social Media',
      quote: 'Check your privacy and security settings regularly, and keep your date of birth and home address to yourself.',
    },
    {
      id: '7',
      key: '7/offensive',
      title: 'Responsible Use of Social Media',
      quote: 'Do not post derogatory, defamatory, offensive, harassing or discriminatory content.',
    },
    {
      id: '7',
      key: '7/obscenities',
      title: 'Responsible Use of Social Media',
      quote: 'Do not engage in any conduct (using personal insults, obscenities) which would not be acceptable in the workplace.',
    },
    {
      id: '7',
      key: '7/grievances',
      title: 'Responsible Use of Social Media',
      quote: 'Do not use social media in any way to attack or abuse colleagues or air any other internal grievances.',
    },
    {
      id: '7',
      key: '7/untag',
      title: 'Responsible Use of Social Media',
      quote: 'If you are tagged in something in Facebook that you consider inappropriate, use the remove tag feature to untag yourself',
    },
    {
      id: '7',
      key: '7/alternative-name',
      title: 'Responsible Use of Social Media',
      quote: 'Consider using an alternative name on sites like Facebook to make it harder for pupils to find you.',
    },
    {
      id: '7',
      key: '7/check-your-page',
      title: 'Responsible Use of Social Media',
      quote: 'Make sure you regularly check and refresh your site page to ensure it is free of any inappropriate comments and/or images.',
    },
    // Section 4 lists what "Employees should not upload"; the quote is the first item of that list.
    { id: '4', key: '4/confidential', title: 'Acceptable Use: content employees should not upload', quote: 'is confidential to the Trust or its staff;', page: 4 },
    {
      id: '4',
      key: '4/friend-requests',
      title: 'Acceptable Use',
      quote: "should not therefore accept or invite 'friend' requests from pupils or ex-pupils under the age of 18, or from parents on their personal social media accounts such as Facebook.",
      page: 4,
    },
    {
      id: '4',
      key: '4/lesson-time',
      title: 'Acceptable Use',
      quote: 'Employees should note that the use of social media accounts during lesson time is not permitted.',
      page: 4,
    },
  ],
  themes: {
    'pupil-identification': '7/identify-pupil',
    'pupil-images': '7/identify-school',
    'staff-identification': '7/identify-school',
    'personal-details': '7/settings-and-address',
    // No location clause: keeping your home address to yourself is the nearest.
    'location-sharing': '7/settings-and-address',
    'offensive-content': '7/offensive',
    grievances: '7/grievances',
    confidential: '4/confidential',
    'contact-with-pupils': '4/friend-requests',
    'working-hours': '4/lesson-time',
    'privacy-settings': '7/settings-and-address',
    general: '2',
  },
  rules: {
    // This policy names obscenities outright, which fits a profanity finding better than "offensive".
    'tone/profanity': '7/obscenities',
    // Privacy checklist items this policy names in so many words.
    'checklist/tagging': '7/untag',
    'checklist/findability': '7/alternative-name',
    'checklist/old-posts': '7/check-your-page',
  },
} satisfies PolicyPack;
