import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './ni-number.ts';

testRule(rule, {
  valid: [
    'QQ 12 34 56 C is the example HMRC prints',
    'GB123456A is not allocated',
    'Parcel ab123456c',
    'Year 6 got AB 12 34 in the relay',
    'Model JX123456E is a fridge',
  ],
  invalid: [
    { text: 'NI: QQ123456C', spans: ['QQ123456C'] },
    { text: 'ni number qq 12 34 56 c', spans: ['qq 12 34 56 c'] },
    { text: 'my NI number is AB-12-34-56-C', spans: ['AB-12-34-56-C'] },
    { text: 'My NI number is JT 12 34 56 C', spans: ['JT 12 34 56 C'], reasons: ['National Insurance'] },
    { text: 'NINO: PX123456D.', spans: ['PX123456D'] },
    // Called an NI number, any prefix counts (typos, unallocated prefixes people still type).
    { text: 'Got a letter with my NI number QQ 12 34 56 C printed on the envelope', spans: ['QQ 12 34 56 C'] },
    { text: 'national insurance no. is GB 12 34 56 A', spans: ['GB 12 34 56 A'] },
  ],
});
