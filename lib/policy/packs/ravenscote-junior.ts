import type { PolicyPack } from '../pack.ts';

/**
 * Ravenscote Junior School (Frimley, Surrey), Social Media Policy 2025-2026. Unnumbered: clause ids are
 * slugs of its headings. It has no clause on personal details, location or privacy settings: those
 * themes fall back to the scope statement.
 */
export const ravenscoteJuniorPack = {
  id: 'ravenscote-junior',
  name: 'Ravenscote Junior School Social Media Policy',
  version: '2025-2026, approved September 2025',
  url: 'https://www.ravenscote.surrey.sch.uk/',
  urlNote: "The school's website home page; the policy document's own address is not known. Set policyUrl to link the document itself.",
  generalClause: 'scope',
  clauses: [
    {
      id: 'scope',
      title: 'Scope',
      quote: "personal communications likely to have a negative impact on professional standards and/or the school's reputation are within the scope of this policy.",
    },
    {
      id: 'personal-accounts',
      key: 'personal-accounts/references',
      title: 'Personal Accounts',
      quote: 'References should not be made to any staff member, child of the school, parent or school activity / event unless prior permission has been obtained and agreed with the Head Teacher',
    },
    {
      id: 'school-accounts',
      title: 'School Accounts',
      quote: 'At all times staff will only share images of pupils where consent has been obtained from their parent / guardian.',
    },
    {
      id: 'personal-accounts',
      key: 'personal-accounts/representative',
      title: 'Personal Accounts',
      quote: 'Employees should not identify themselves as a representative of the school',
    },
    { id: 'personal-accounts', key: 'personal-accounts/abusive', title: 'Personal Accounts', quote: 'Must not be used in an abusive or hateful manner' },
    {
      id: 'personal-accounts',
      key: 'personal-accounts/school-matters',
      title: 'Personal Accounts',
      quote: 'Must not be used to discuss or advise any matters relating to school matters, staff, pupils or parents',
    },
    {
      id: 'personal-accounts',
      key: 'personal-accounts/children',
      title: 'Personal Accounts',
      quote: 'No staff member should interact with a child or former child who attended the school under the age of 18.',
    },
    {
      id: 'use-of-social-media-platforms-in-work-time',
      title: 'Use of Social Media platforms in work time',
      quote: 'Use of social media platforms in work time for personal use only is not permitted, unless permission has been given by the Head teacher.',
    },
  ],
  themes: {
    'pupil-identification': 'personal-accounts/references',
    'pupil-images': 'school-accounts',
    'staff-identification': 'personal-accounts/representative',
    'personal-details': null,
    'location-sharing': null,
    'offensive-content': 'personal-accounts/abusive',
    grievances: 'personal-accounts/school-matters',
    confidential: 'personal-accounts/school-matters',
    'contact-with-pupils': 'personal-accounts/children',
    'working-hours': 'use-of-social-media-platforms-in-work-time',
    'privacy-settings': null,
    general: 'scope',
  },
} satisfies PolicyPack;
