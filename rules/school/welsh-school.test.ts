import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './welsh-school.ts';

testRule(rule, {
  valid: [
    'Ysgol? Sorry, Welsh autocorrect on my phone again',
    'Booked a table at Ysgol Street Kitchen', // a restaurant
    'Learning Welsh: ysgol means school',
    // Session places10: "Ysgol Sul" is Sunday school (a chapel's), "Ysgol Haf" a summer school.
    'Our Ysgol Sul had a lovely carol service',
    'Ysgol Gymraeg is what we call Welsh-medium schools', // kind-of-school words, no school's name
    'Ysgol Sul at Capel Bethel starts again in September',
    'Ysgol Haf Aberystwyth is taking bookings',
    'Blwyddyn Newydd Dda i bawb!', // happy new year
    'Mae dosbarth yoga yn y neuadd', // a class, not ours
    'Duolingo says ysgol is school and cwm is valley',
    'ysgol and ygg are on my Welsh flashcards', // no school after them
    'Dosbarth derbyn yw hwn', // lower case, no number: a phrase from a lesson, not a named class
  ],
  invalid: [
    // Session places10: a Welsh-medium year group in the plural, as its teachers say it.
    { text: "Hwyl fawr to the Bl.6s, I'll miss you all", spans: ['Bl.6s'] },
    { text: 'the Bl6s were brilliant', spans: ['Bl6s'] },
    { text: 'Thrilled to join Ysgol Gymraeg Bro Morgannwg as a Blwyddyn 3 teacher', spans: ['Ysgol Gymraeg Bro Morgannwg', 'Blwyddyn 3'], reasons: ['Welsh for school', 'Welsh for year'] },
    { text: 'Diwrnod cyntaf yn Ysgol y Wern heddiw!', spans: ['Ysgol y Wern'] },
    { text: 'Blwyddyn 6 at Ysgol Pen y Bryn did a fantastic eisteddfod', spans: ['Blwyddyn 6', 'Ysgol Pen y Bryn'] },
    { text: "Ysgol Glan Clwyd's choir won at the Urdd!", spans: ["Ysgol Glan Clwyd's"] },
    { text: "Our Ysgol's new Blwyddyn 1 classroom is ready", spans: ["Our Ysgol's", 'Blwyddyn 1'] },
    { text: 'Blwyddyn 6 ni wedi gwneud yn wych yn yr Eisteddfod!', spans: ['Blwyddyn 6 ni'] },
    { text: "Dosbarth ni wedi mwynhau'r trip i'r traeth", spans: ['Dosbarth ni'] },
    { text: 'Croeso i bawb i ein hysgol ni', spans: ['ein hysgol ni'] },
    // In lower case, "ysgol" is a school's name when the words after it are a school on the lists.
    { text: 'diwrnod mabolgampau yn ysgol y garnedd heddiw', spans: ['ysgol y garnedd'] },
    { text: 'covering at ysgol gyfun cwm rhondda this week', spans: ['ysgol gyfun cwm rhondda'] },
    // YGG: Ysgol Gynradd Gymraeg.
    { text: 'YGG Pontardawe choir sang beautifully', spans: ['YGG Pontardawe'] },
    { text: 'Ygg Bronllwyn nativity was adorable', spans: ['Ygg Bronllwyn'] },
    // Session places7: a Welsh-medium class by its name (Reception, Nursery) or number.
    { text: "Dosbarth Derbyn wedi mwynhau'r sioe heddiw", spans: ['Dosbarth Derbyn'] },
    { text: 'Dosbarth 3 yn canu yn y cyngerdd', spans: ['Dosbarth 3'] },
  ],
});
