import type { PolicyPack } from '../pack.ts';

/** Stockham Primary School, Social Media Policy reviewed September 2016: numbered clauses 1.1-9.3. */
export const stockhamPrimaryPack = {
  id: 'stockham-primary',
  name: 'Stockham Primary School Social Media Policy',
  version: 'Reviewed September 2016',
  url: '',
  urlNote: 'No public address for this document is known and the text gives none: the school sets policyUrl to its own copy.',
  generalClause: '5.2',
  clauses: [
    {
      id: '5.2',
      title: 'Principles: be professional, responsible and respectful',
      quote: 'You must not engage in activities involving social media which might bring Stockham School into disrepute.',
    },
    {
      id: '5.4',
      title: 'Principles: be professional, responsible and respectful',
      quote: 'You must not discuss personal information about pupils, Stockham School staff and other professionals you interact with as part of your job on social media.',
    },
    {
      id: '6.9',
      title: 'Personal use of social media',
      quote: 'Photographs, videos or any other types of image of pupils and their families or images depicting staff members wearing school uniforms or clothing with school logos or images identifying sensitive school premises must not be published on personal web space.',
    },
    {
      id: '6.1',
      title: 'Personal use of social media',
      quote: 'Staff members must not identify themselves as employees of Stockham School or service providers for the school in their personal web space.',
    },
    {
      id: '6.15',
      key: '6.15/personal-information',
      title: 'Personal use of social media',
      quote: 'it is not safe to reveal home addresses, telephone numbers and other personal information.',
    },
    {
      id: '5.5',
      title: 'Principles: be professional, responsible and respectful',
      quote: 'You must not use social media and the internet in any way to attack, insult, abuse or defame pupils, their family members, colleagues, other professionals, other organisations, or Stockham School.',
    },
    {
      id: '6.8',
      title: 'Personal use of social media',
      quote: 'Information staff members have access to as part of their employment, including personal information about pupils and their family members, colleagues and other parties and school corporate information must not be discussed on their personal web space.',
    },
    {
      id: '6.2',
      title: 'Personal use of social media',
      quote: 'Staff members must not have contact through any personal social medium with any pupil, whether from Stockham School or any other school, unless the pupils are family members.',
    },
    {
      id: '6.13',
      title: 'Personal use of social media',
      quote: 'Staff members are expected to devote their contracted hours of work to their professional duties and, in practice, personal use of the internet should not be on the school’s time.',
    },
    {
      id: '6.15',
      key: '6.15/privacy-levels',
      title: 'Personal use of social media',
      quote: 'Staff members are strongly advised to ensure that they set the privacy levels of their personal sites as strictly as they can and to opt out of public listings on social networking sites to protect their own privacy.',
    },
  ],
  themes: {
    'pupil-identification': '5.4',
    'pupil-images': '6.9',
    'staff-identification': '6.1',
    'personal-details': '6.15/personal-information',
    // No location clause: 6.15 on revealing home addresses is the nearest.
    'location-sharing': '6.15/personal-information',
    'offensive-content': '5.5',
    // No grievance clause as such: 5.5 forbids attacking colleagues or the school.
    grievances: '5.5',
    confidential: '6.8',
    'contact-with-pupils': '6.2',
    'working-hours': '6.13',
    'privacy-settings': '6.15/privacy-levels',
    general: '5.2',
  },
} satisfies PolicyPack;
