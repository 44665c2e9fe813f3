import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './address.ts';

testRule(rule, {
  valid: [
    'Year 6 Road Safety talk today',
    'Top 5 Christmas Crafts for Reception',
    'We walked 3 miles down the road to the park',
    'Room 12 Main Hall is booked for assembly',
    'Tickets £5 Oxford Street show',
    'Chapter 3 of Holes, then 2 pages of maths',
    'Abbey Road is a great album',
    'The letter was sent to 30 parents yesterday',
    'We arrived at 3pm and left at 5',
    'Unit 3 of the science scheme is forces',
    "I'm at 3 Year 6 assemblies this week",
    'we are at 2 meetings a week now',
  ],
  invalid: [
    { text: 'Party at ours, 14 Elm Grove, from 7!', spans: ['14 Elm Grove'], reasons: ['street address'] },
    { text: 'New address: Flat 3, 21 Acacia Avenue, Derby DE1 3AB', spans: ['Flat 3, 21 Acacia Avenue, Derby DE1 3AB'] },
    { text: 'Rose Cottage, Packhouse Lane, Birmingham', spans: ['Rose Cottage, Packhouse Lane, Birmingham'] },
    { text: "we've moved to 7 church lane, come visit", spans: ['7 church lane'] },
    { text: 'We live on Acacia Avenue now', spans: ['Acacia Avenue'], reasons: ['street you live on'] },
    { text: 'We’ve just moved to Mill Lane!', spans: ['Mill Lane'] },
    { text: '16 Vixen Road, Bradock KT6 5BT', spans: ['16 Vixen Road, Bradock KT6 5BT'] },
    { text: 'Drop it at 221B Baker Street', spans: ['221B Baker Street'] },
    { text: "For the spare jumpers I'm at 27 Kingsway, just knock", spans: ['27 Kingsway'] },
    { text: "we're on Station Road near the Co-op", spans: ['Station Road'] },
    { text: "As promised, here's Liam's address: 69 Roheline 43, Apt. 305", spans: ['69 Roheline 43, Apt. 305'] },
    { text: 'Tara Burns lives at 63 Tylova 42, Karlovy Vary 17', spans: ['63 Tylova 42, Karlovy Vary 17'] },
  ],
});
