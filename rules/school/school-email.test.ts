import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './school-email.ts';

testRule(rule, {
  valid: [
    'Email me at jo.barker@gmail.com about the trip',
    'The council site is www.kent.gov.uk',
    'schuk is not a word',
  ],
  invalid: [
    { text: 'Reply to office@greenbank.sch.uk with your forms please', spans: ['office@greenbank.sch.uk'], reasons: ['school domain'] },
    { text: 'Emails to head@st-mary.lancs.sch.uk please', spans: ['head@st-mary.lancs.sch.uk'] },
    { text: 'See www.oakfield.kent.sch.uk/news for photos', spans: ['www.oakfield.kent.sch.uk/news'] },
    { text: 'admin@BROOKFIELD.KENT.SCH.UK', spans: ['admin@BROOKFIELD.KENT.SCH.UK'] },
  ],
});
