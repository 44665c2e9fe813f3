import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './phone.ts';

testRule(rule, {
  valid: [
    // Session places8 (shared/business.ts): the number hangs from a business, not the writer.
    "The chippy's number is 01632 960 214, they deliver now",
    'Curry house on the high street takes phone orders on 01632 960 388',
    'Ring the garden centre on 01632 960 419 to check they have compost',
    'My brother-in-law\'s roofing firm: 07700 900 218, honest and quick',
    'Dinner at the Red Lion tonight, their number is 01632 960 907 if you want to book',
    // A firm named by its trade before its number.
    'Call Ashford Roofing on 01632 960 555, they sorted our leak in a day',
    'Hartley & Sons Plumbing are on 01632 960 771 if anyone needs a good plumber',
    'My order number is 1234 5678 9012',
    'Room 1O1 at 10 o\'clock',
    'Order 1OO 2OO 3OO',
    'Year 6 scored 105 out of 120 in the mock',
    'Tickets £12.50, doors open 18:30, finishes 21:00',
    'Trip on 07/03/2024 to the Science Museum',
    'Room 101, then 2019-2024 results',
    'NHS number 943 476 5919 is not a phone number',
    'Score was 2-1, then 3-0, then 1-1',
    'Order 1234567890123',
    'Raised £1,234,567 over 12 years',
    'Ran 2019-2024, then 1,200 pupils by 2030',
    'Number of pupils: 1 234 567',
    'Order number 100234987 still has not arrived',
    'Booking ref: 4471 2290 118 for the hall',
    'Tracking no. 0012 3456 7890 says out for delivery',
    // Second pass (issue 11).
    "Call the box office on 0113 243 0808",
    "Bookings on 01274 555 012",
    "The score was one two three four five six seven eight nine ten",
  ],
  invalid: [
    // Session places8: a business named earlier in the sentence does not own the writer's own line.
    { text: 'Left my bag at the gym, if found please call 07700 900 546', spans: ['07700 900 546'] },
    { text: 'At the shop till 6, my mobile is 07700 900 662', spans: ['07700 900 662'] },
    { text: 'my mob: 077OO 9OO 461', spans: ['077OO 9OO 461'] },
    { text: 'Text me on 07700 900123 if you need a lift', spans: ['07700 900123'], reasons: ['phone number'] },
    { text: 'ring 07700900123', spans: ['07700900123'] },
    { text: 'Call +44 7700 900123 or +44 (0)20 7946 0958', spans: ['+44 7700 900123', '+44 (0)20 7946 0958'] },
    { text: 'Home: (01632) 960 123.', spans: ['(01632) 960 123'] },
    { text: 'mobile 0770-090-0123 ok', spans: ['0770-090-0123'] },
    { text: 'Our landline is 0161 496 0000', spans: ['0161 496 0000'] },
    { text: 'Call +1 415 555 0100 in the US', spans: ['+1 415 555 0100'], reasons: ['phone number'] },
    { text: "They're not answering at 06-24312407", spans: ['06-24312407'] },
    { text: 'Phone: 678-777-1600', spans: ['678-777-1600'] },
    { text: '166-684-7899 fax', spans: ['166-684-7899'] },
    // Second pass (issue 11).
    { text: "ring me on oh seven seven double oh, nine one two, three four five", spans: ["oh seven seven double oh, nine one two, three four five"] },
    { text: "zero seven nine one one two three four five six seven", spans: ["zero seven nine one one two three four five six seven"] },
  ],
});
