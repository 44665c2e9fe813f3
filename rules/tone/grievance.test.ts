import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './grievance.ts';

testRule(rule, {
  valid: [
    // The writer's own state to come ("we'll be unbearable at work on Monday" after a win) is about the writer.
    "We won the derby in the 89th minute! We'll be unbearable at work on Monday, sorry in advance.",
    // Places that hold a thing, and kind posts.
    'The photocopier in the staffroom is a nightmare again',
    'the car park at work is a joke in the rain',
    'Sending love to a colleague who is off poorly, the department is not the same without your awful jokes. Get well soon!',
    'Our Year 6 production of Matilda: Miss Trunchbull was deliciously awful',
    'The villain in our school play is so horrible the year 2s hissed at him',
    "I'm so angry about the traffic this morning",
    'The kids were brilliant on the trip today',
    'Parents evening went really well, lovely chats',
    'Year 6 were not a nightmare at all, they were superb',
    'Picked up rubbish with Year 3 for Eco Week',
    'The weather was awful but sports day went ahead',
    'So tired after marking 90 books',
    "I haven't got a clue where I put my lanyard",
    'Watched Matilda with Year 4, they loved Miss Trunchbull being horrible',
    // A union rep thanked or praised is not a dispute.
    'Shoutout to our union rep, she sorted my contract question in ten minutes. Legend.',
    // A union rep running a meeting is a notice.
    'Restructure consultation starts Monday. Our union rep is running a Q&A at 4 if anyone wants to come along.',
    'Restructure meeting at 4. Bring questions, union rep will be there.',
  ],
  invalid: [
    { text: 'The kids in my class are a nightmare this week', spans: ['my class are a nightmare'], reasons: ['Grievance'] },
    { text: 'I hate Year 9 on a Friday afternoon', spans: ['hate Year 9'], reasons: ['Grievance'] },
    { text: 'Our SLT are absolutely useless', spans: ['Our SLT are absolutely useless'] },
    { text: 'Sick of parents who think emails at 11pm need an instant reply', spans: ['Sick of parents'] },
    { text: 'This school is a joke', spans: ['This school is a joke'] },
    { text: 'Raised a formal grievance against my line manager today', spans: ['Raised a formal grievance'], reasons: ['proper channels'] },
    { text: 'Meeting with my union rep on Monday about the way I have been treated', spans: ['union rep'], reasons: ['work dispute'] },
    { text: 'The head never listens to anyone', spans: ['The head never listens'] },
    { text: 'Honestly I hate my job', spans: ['hate my job'] },
    { text: "That new SENCO hasn't got a clue", spans: ["new SENCO hasn't got a clue"] },
    { text: 'Parents who send poorly kids in should be named and shamed', spans: ['kids in should be named and shamed'] },
  ],
});
