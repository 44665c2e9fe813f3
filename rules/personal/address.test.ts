import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './address.ts';

testRule(rule, {
  valid: [
    // Session places9 (shared/business.ts): a firm named by its trade before its address.
    'K & M Electrical Ltd - 22 Canal Street, Leek',
    // Session places8 (shared/business.ts): a local trade's premises.
    'Get your tree from Baxter\'s Nursery and Farm Shop, 12 Mill Lane',
    'Our optician has moved to 27 Bridge Street, opposite the bank',
    'The new climbing wall is at Unit 9, Kingsway Business Park',
    // A business's address, not a home.
    'The new bakery at 22 Market Street does the best cheese scones',
    'Fab meal at the Thai place on 14 Bridge Street, highly recommend',
    'The garage at 3 Mill Lane fixed my exhaust for £90',
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
    '10 Downing Street needs to fund schools properly', // everyone knows it; nobody's home is given away
    "It's 221B Baker Street day in Year 5 - Sherlock Holmes week",
    'Year 6 street party on Friday, bring a plate',
    'Top 10 street food spots in Leeds',
    'Walked 3 miles down the street and back',
    'Ran 5 miles via Kingsway this morning',
    'via Leeds and York on 3 trains',
    'Chapter 3 Street Child by Berlie Doherty',
    // Second pass (issue 11).
    "Bury 2 Forest Green 1, what a finish",
    "The new Pret on 9 Castle Street opens Friday",
  ],
  invalid: [
    { text: 'Kitchen fitter came round to 22 Canal Street, Leek for a quote', spans: ['22 Canal Street, Leek'] },
    // Session places8: still the writer's home with a shop named earlier.
    { text: 'Moved out of the flat above the bakery, we live at 14 Elm Grove.', spans: ['14 Elm Grove'] },
    { text: 'Come round, my place at 14 Elm Grove from 7', spans: ['14 Elm Grove'] },
    { text: 'Party at ours, 14 Elm Grove, from 7!', spans: ['14 Elm Grove'], reasons: ['street address'] },
    { text: 'New address: Flat 3, 21 Acacia Avenue, Derby DE1 3AB', spans: ['Flat 3, 21 Acacia Avenue, Derby DE1 3AB'] },
    { text: 'Rose Cottage, Packhouse Lane, Birmingham', spans: ['Rose Cottage, Packhouse Lane, Birmingham'] },
    { text: "we've moved to 7 church lane, come visit", spans: ['7 church lane'] },
    { text: 'We live on Acacia Avenue now', spans: ['Acacia Avenue'], reasons: ['street you live on'] },
    { text: 'We’ve just moved to Mill Lane!', spans: ['Mill Lane'] },
    { text: '16 Vixen Road, Bradock KT6 5BT', spans: ['16 Vixen Road, Bradock KT6 5BT'] },
    { text: 'Drop it at 221B Bakers Street', spans: ['221B Bakers Street'] },
    { text: 'Lost my purse near 58 Kingsway, Leeds - reward!', spans: ['58 Kingsway, Leeds'] },
    { text: "We'll meet Friday at the agency, 61 Wiesenstrasse 31, Barzheim", spans: ['Wiesenstrasse 31'] },
    { text: 'Ines and Nordahl Rolfsens vei 187', spans: ['Nordahl Rolfsens vei 187'] },
    { text: 'I need to add my address: 47 Via Nazario Sauro 112', spans: ['47 Via Nazario Sauro 112'] },
    { text: 'The title refers to 87 Rue Joseph Vernet street in Lyon.', spans: ['87 Rue Joseph Vernet street in Lyon'] },
    { text: 'Pedestrians must enter on Corellistraat 178 St. the first three months', spans: ['Corellistraat 178'] },
    { text: "We'll meet Sunday at Personal Inc., P.O. Box 46, Kulusuk", spans: ['P.O. Box 46'] },
    { text: 'katelyn villareal, portaliou street suite 574', spans: ['suite 574'] },
    { text: "For the spare jumpers I'm at 27 Kingsway, just knock", spans: ['27 Kingsway'] },
    { text: "we're on Station Road near the Co-op", spans: ['Station Road'] },
    { text: "As promised, here's Liam's address: 69 Roheline 43, Apt. 305", spans: ['69 Roheline 43, Apt. 305'] },
    { text: 'Tara Burns lives at 63 Tylova 42, Karlovy Vary 17', spans: ['63 Tylova 42, Karlovy Vary 17'] },
    // Second pass (issue 11).
    { text: "Lost dog near us, Hazel Grove, no. 22", spans: ["Hazel Grove, no. 22"] },
  ],
});
