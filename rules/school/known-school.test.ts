import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './known-school.ts';

testRule(rule, {
  valid: [
    'We walked through Hyde Park and had lunch by the lake.',
    'My primary school teacher would be proud',
    'Sunday School at church was lovely',
    'Forest School this afternoon: mud everywhere',
    'Trip to Harrow on the Hill to see the view',
    'Went to the local high school open evening', // no name
    'green lane school run was chaos', // everyday words need capitals
    'Harry Potter and the school of wizardry',
    'Bramhall High Street is closed for the parade', // a street, not the school
    'Spice Girls reunion tour tickets',
  ],
  invalid: [
    { text: 'Interview at Oakfield Primary School tomorrow!', spans: ['Oakfield Primary School'], reasons: ['school in England'] },
    { text: 'so proud of everyone at brookhurst primary today', spans: ['brookhurst primary'] },
    { text: "First day at St Bede's Catholic Primary", spans: ["St Bede's Catholic Primary"] },
    { text: 'Cheadle Hulme School won the cup', spans: ['Cheadle Hulme School'] },
    { text: 'Our Green Lane Primary choir sang beautifully', spans: ['Green Lane Primary'] },
    { text: 'Supply day at Harris Academy South Norwood', spans: ['Harris Academy South Norwood'] },
    { text: 'I used to teach at the Aldgate School in the city', spans: ['Aldgate School'] },
    { text: 'Bramhall High results day, so proud of this year group', spans: ['Bramhall High'] },
    { text: 'Open evening at Tiffin Girls tonight', spans: ['Tiffin Girls'] },
  ],
});
