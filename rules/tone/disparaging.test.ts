import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './disparaging.ts';

testRule(rule, {
  valid: [
    'Huge thanks to our amazing office team who kept everything running during the snow',
    'Our TA is an absolute legend, sorted the whole trip kit list in ten minutes',
    'The traffic was absolutely hideous this morning, 45 minutes to go 3 miles',
    'The council bin collection is a shambles, third missed week',
    'My own kids are feral after the holidays, send wine',
    'My sister is the worst driver in the family and she knows it 😂',
    'Marking mountain tonight. Wish me luck and send chocolate',
    'Well done Year 6 👏 what a performance',
    'Our head of year is the calmest person in a crisis, so lucky to work with her',
    'The new series of that baking show is awful, they have ruined it',
    'The SLT are not useless at all, they have been brilliant this term',
    "I'm terrible at maths, my Year 6 niece had to help me with her homework",
    'Anyone watched the new series of Line of Duty? The acting is dreadful',
    'The trains were a shambles again, two hours to get home',
    'The kids were a joy on the trip today, not a single moan',
  ],
  invalid: [
    { text: 'So glad the new marking policy landed the night before reports are due 🙃', spans: ['So glad the new marking policy'], reasons: ['Criticising your school'] },
    { text: 'Our deputy head couldn\'t organise a raffle at a bingo night', spans: ["deputy head couldn't organise"], reasons: ['Criticising leaders'] },
    { text: 'Some parents think the school is a free babysitting service', spans: ['the school is a free babysitting'], reasons: ['Criticising parents'] },
    { text: 'Pay award announced. 2.8%. After a decade of real-terms cuts. Cheers for that, really appreciated.', spans: ['Pay award announced. 2.8%. After a decade of real-terms cuts'], reasons: ['Workplace grievance'] },
    { text: 'The LA couldn\'t run a bath, let alone a SEND service', spans: ["The LA couldn't run"], reasons: ['local authority'] },
    { text: 'The office staff are the biggest gossips in the building', spans: ['office staff are the biggest gossips'], reasons: ['colleagues'] },
    { text: 'Year 9 this afternoon were vile, absolutely vile', spans: ['Year 9 this afternoon were vile'], reasons: ['pupils'] },
    { text: 'Restructure meeting today. They called it "an exciting opportunity". Seven TAs losing their jobs. Exciting.', spans: ['TAs losing their jobs'] },
    { text: 'Our SENCO has been off for six weeks and nobody has told parents. Brilliant communication.', spans: ['parents. Brilliant communication'], reasons: ['parents'] },
    { text: 'Pay freeze again. Meanwhile the CEO got a 10% rise. Funny that.', spans: ['CEO got a 10% rise. Funny that'] },
    { text: 'Another "quick" staff meeting that ran till 5.30. Love that for us.', spans: ['staff meeting that ran till 5.30. Love that for us'] },
    { text: '𝗢𝘂𝗿 𝗦𝗟𝗧 𝗮𝗿𝗲 𝗰𝗹𝘂𝗲𝗹𝗲𝘀𝘀', spans: ['𝗦𝗟𝗧 𝗮𝗿𝗲 𝗰𝗹𝘂𝗲𝗹𝗲𝘀𝘀'] },
  ],
});
