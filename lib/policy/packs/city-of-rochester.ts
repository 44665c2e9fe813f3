import type { PolicyPack } from '../pack.ts';

/** City of Rochester School, Social Media Policy (no. 19b.004), sections 1-8 with 4.1 and 4.2. */
export const cityOfRochesterPack = {
  id: 'city-of-rochester',
  name: 'City of Rochester School Social Media Policy',
  version: 'Version 1, reviewed September 2021',
  url: 'https://cityofrochesterschool.org/policies',
  urlNote: "The school's policies page: the policy says it is publicly available on the school website. The document's own address is not known.",
  generalClause: '4.1/consider',
  clauses: [
    {
      id: '4.1',
      key: '4.1/consider',
      title: 'Reputation',
      quote: 'All members of staff are encouraged to carefully consider the information, including text and images, they share and post on social media.',
    },
    {
      id: '4.1',
      key: '4.1/information',
      title: 'Reputation',
      quote: 'Information and content that staff members have access to as part of their employment, including photos and personal information about learners and their family members or colleagues, will not be shared or discussed on social media sites.',
    },
    {
      id: '4.1',
      key: '4.1/employees',
      title: 'Reputation',
      quote: 'Members of staff are encouraged not to identify themselves as employees of City of Rochester school on their personal social networking accounts',
    },
    {
      id: '4.1',
      key: '4.1/privacy',
      title: 'Reputation',
      quote: 'All members of staff are advised to safeguard themselves and their privacy when using social media.',
    },
    { id: '4.1', key: '4.1/location', title: 'Reputation', quote: 'Being aware of the implications of using location sharing services.' },
    { id: '4.1', key: '4.1/privacy-levels', title: 'Reputation', quote: 'Setting appropriate privacy levels on their personal accounts/sites.' },
    { id: '4.1', key: '4.1/public-listings', title: 'Reputation', quote: 'Opting out of public listings on social networking sites.' },
    {
      id: '3',
      title: 'General social media expectations',
      quote: 'All members of the school community are advised not to post or share content that may be considered threatening, hurtful or defamatory to others on any social media service.',
    },
    {
      id: '8',
      title: 'Responding to policy breaches',
      quote: 'All members of the community will respect confidentiality and the need to follow the official procedures for reporting concerns.',
    },
    {
      id: '4.2',
      title: 'Communicating with learners and their families',
      quote: "All members of staff are advised not to communicate with or add any current or past learners or their family members, as 'friends' on any personal social media accounts.",
    },
    { id: '4', title: 'Staff use of social media', quote: 'The use of social media during school hours for personal use is not permitted for staff.' },
  ],
  themes: {
    'pupil-identification': '4.1/information',
    'pupil-images': '4.1/information',
    'staff-identification': '4.1/employees',
    'personal-details': '4.1/privacy',
    'location-sharing': '4.1/location',
    'offensive-content': '3',
    grievances: '8',
    confidential: '4.1/information',
    'contact-with-pupils': '4.2',
    'working-hours': '4',
    'privacy-settings': '4.1/privacy-levels',
    general: '4.1/consider',
  },
  rules: {
    // The privacy checklist's search-engine item is this sub-point of 4.1 exactly.
    'checklist/search-engines': '4.1/public-listings',
  },
} satisfies PolicyPack;
