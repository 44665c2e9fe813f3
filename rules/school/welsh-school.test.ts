import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './welsh-school.ts';

testRule(rule, {
  valid: [
    'Ysgol? Sorry, Welsh autocorrect on my phone again',
    'Booked a table at Ysgol Street Kitchen', // a restaurant
    'Learning Welsh: ysgol means school',
  ],
  invalid: [
    { text: 'Thrilled to join Ysgol Gymraeg Bro Morgannwg as a Blwyddyn 3 teacher', spans: ['Ysgol Gymraeg Bro Morgannwg'], reasons: ['Welsh for school'] },
    { text: 'Diwrnod cyntaf yn Ysgol y Wern heddiw!', spans: ['Ysgol y Wern'] },
    { text: 'Blwyddyn 6 at Ysgol Pen y Bryn did a fantastic eisteddfod', spans: ['Ysgol Pen y Bryn'] },
    { text: "Ysgol Glan Clwyd's choir won at the Urdd!", spans: ["Ysgol Glan Clwyd's"] },
    { text: "Our Ysgol's new Blwyddyn 1 classroom is ready", spans: ["Our Ysgol's"] },
  ],
});
