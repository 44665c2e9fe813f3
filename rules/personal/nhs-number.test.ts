import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './nhs-number.ts';

testRule(rule, {
  valid: [
    'call 485 777 3456 for the plumber', // fails the check digit and is not called an NHS number
    'Reference 943 476 5918 fails the check digit',
    'Order number 9434765919 shipped',
    'Call 0161 496 0000',
    'Population 111 111 1111',
    'Scores: 943-476-59190',
  ],
  invalid: [
    // Session places8: named a few words before, or labelled "nhs:", with any check digit.
    { text: 'NHS number for the consent form: 485 777 3456', spans: ['485 777 3456'] },
    { text: 'nhs: 485-777-3456', spans: ['485-777-3456'] },
    { text: 'my nhs no is 4857773456', spans: ['4857773456'] },
    { text: 'NHS no: 4857 773 456', spans: ['4857 773 456'] },
    { text: 'My NHS number is 943 476 5919, can someone check the form', spans: ['943 476 5919'], reasons: ['NHS number'] },
    { text: 'NHS no: 9434765919', spans: ['9434765919'] },
    // Named as an NHS number, grouped digits count even when the check digit fails.
    { text: 'the receptionist read my NHS number 485 777 3456 out loud', spans: ['485 777 3456'] },
    { text: 'number 401-023-2137 on the letter', spans: ['401-023-2137'] },
  ],
});
