import type { PolicyPack } from '../pack.ts';

/**
 * Woodbridge Junior School (Derbyshire), Social Media Policy v1.1. Rules are numbered 5.i-5.vi with
 * unnumbered bullets, so one rule can be cited for several themes; `key` tells those citations apart.
 */
export const woodbridgeJuniorPack = {
  id: 'woodbridge-junior',
  name: 'Woodbridge Junior School Social Media Policy',
  version: 'Version 1.1, last reviewed August 2024',
  url: '',
  urlNote: 'No public address for this document is known and the text gives none: the school sets policyUrl to its own copy.',
  generalClause: '5.vi',
  clauses: [
    { id: '5.vi', title: "If in doubt, don't post!", quote: "Once you've posted something to the internet it cannot be taken back." },
    {
      id: '5.iv',
      key: '5.iv/confidentiality',
      title: 'Protect privacy and respect confidentiality',
      quote: 'Do not breach confidentiality – do not share anything private about anyone else',
    },
    {
      id: '5.iii',
      key: '5.iii/official-platforms',
      title: 'Be sensitive',
      quote: 'Only use official school platforms to post school information, celebration, news, and photographs.',
    },
    {
      id: '5.v',
      key: '5.v/distinction',
      title: 'Maintain professional standards',
      quote: 'Ensure a clear distinction between school, and personal life when making comments and posts.',
    },
    {
      id: '5.iv',
      key: '5.iv/about-yourself',
      title: 'Protect privacy and respect confidentiality',
      quote: "Don't share anything about yourself that you wouldn't want the rest of the school community to see.",
    },
    {
      id: '5.iv',
      key: '5.iv/home-address',
      title: 'Protect privacy and respect confidentiality',
      quote: 'Be aware that what you post could divulge information such as your home address.',
    },
    {
      id: '5.iii',
      key: '5.iii/offensive',
      title: 'Be sensitive',
      quote: 'Do not post anything that could be considered; discriminatory, gossip, lies, offensive or threatening comments',
    },
    {
      id: '5.v',
      key: '5.v/disrepute',
      title: 'Maintain professional standards',
      quote: 'Do not post or share offensive, discriminatory, or illegal content, or anything that would bring the school into disrepute.',
    },
    {
      id: '5.iii',
      key: '5.iii/not-yet-public',
      title: 'Be sensitive',
      quote: 'Do not reveal any sensitive information about the school or about any plans that are not yet public.',
    },
    {
      id: '5.v',
      key: '5.v/befriend',
      title: 'Maintain professional standards',
      quote: "Do not 'befriend' or initiate engagement online with pupils, or families of pupils, (including former pupils who have recently left the school)",
    },
    {
      id: '6',
      title: 'Access to Social Media at Work, for Personal Use',
      quote: 'Personal use of the Internet including access to social media is only permitted in your own time (e.g. before or after work and during your lunchtime)',
      // The contents page puts section 6 on page 5, and this is its first sentence.
      page: 5,
    },
    {
      id: '5.iv',
      key: '5.iv/settings',
      title: 'Protect privacy and respect confidentiality',
      quote: 'Apply appropriate security and privacy settings to your social media accounts and the devices you use to access them.',
    },
  ],
  themes: {
    // No rule on naming pupils as such: private information about anyone is the nearest.
    'pupil-identification': '5.iv/confidentiality',
    'pupil-images': '5.iii/official-platforms',
    'staff-identification': '5.v/distinction',
    'personal-details': '5.iv/about-yourself',
    // No location clause: revealing where you live is the risk it names.
    'location-sharing': '5.iv/home-address',
    'offensive-content': '5.iii/offensive',
    // No grievance or whistle-blowing clause for staff (section 9 is about complaints by others).
    grievances: '5.v/disrepute',
    confidential: '5.iii/not-yet-public',
    'contact-with-pupils': '5.v/befriend',
    'working-hours': '6',
    'privacy-settings': '5.iv/settings',
    general: '5.vi',
  },
  rules: {
    // An address or postcode is exactly what 5.iv warns about.
    'personal/address': '5.iv/home-address',
    'personal/uk-postcode': '5.iv/home-address',
  },
} satisfies PolicyPack;
