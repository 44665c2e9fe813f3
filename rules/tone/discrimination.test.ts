import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './discrimination.ts';

testRule(rule, {
  valid: [
    'Black History Month assembly went brilliantly',
    'Our refugee families welcome evening raised £400',
    'A chink of light at the end of term',
    'Homo sapiens lesson with Year 6',
    "Offa's Dyke walk this weekend",
    'Gay marriage was legalised in 2013, we discussed it in PSHE',
    'Immigrants are the backbone of the NHS',
    'The girls ran brilliantly at the cross-country',
  ],
  invalid: [
    { text: 'He used the word retard in class, which is completely unacceptable', spans: ['retard'], reasons: ['slur'] },
    { text: "that's so gay lol", spans: ["that's so gay"] },
    { text: 'All immigrants are scum', spans: ['All immigrants are scum'], reasons: ['group of people'] },
    { text: 'They should go back to their own country', spans: ['go back to their own country'] },
    { text: "I'm not racist but", spans: ["I'm not racist but"] },
    { text: 'Send them all back', spans: ['Send them all back'] },
    { text: 'what a r3tard', spans: ['r3tard'], reasons: ['disguised'] },
    { text: 'he is such a spaz', spans: ['spaz'] },
  ],
});
