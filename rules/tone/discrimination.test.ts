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
    'Had to explain to Year 8 why saying "that\'s so gay" isn\'t banter, it\'s homophobic',
    'Our trans pupils support group meets on Tuesdays',
    'The Polish families ran a brilliant stall at the summer fair',
    'The autistic kids in my class loved the sensory garden',
    "Our refugee families can't wait for the summer fair",
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
    { text: 'The trans kid in Year 8 is just doing it for attention', spans: ['trans kid in Year 8 is just doing it for attention'] },
    { text: "Honestly the Polish kids in my class don't even try to learn English", spans: ["the Polish kids in my class don't even try"] },
    { text: 'Drama queens the lot of them, honestly women are exhausting', spans: ['women are exhausting'] },
    { text: "Half of these immigrants can't even speak English", spans: ["Half of these immigrants can't even speak"] },
    { text: 'Women in leadership are always so emotional and petty', spans: ['Women in leadership are always so emotional'] },
  ],
});
