import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './staff-identity.ts';

testRule(rule, {
  valid: [
    'My trust in the trains is gone',
    'Our academy chain of thought at book club was the ending',
    '#TeacherLife is 10% teaching and 90% finding glue sticks', // a slogan
    'Our caretaker at the allotment is a grumpy man', // not a school's caretaker
    'Our trust fund... just kidding, we\'re skint',
    'My daughter loves her new nursery, she cried when I picked her up',
    'Pizza for the staffroom cost £47.80', // the staffroom alone says nothing a policy asks to hide
    'Our mat by the front door is soaked',
    'Year 6 SATs results are out today', // no self-identification
    'Loved my school days, if I am honest',
    'My 5K time is finally under 30 minutes', // a distance, not a class code
    'my head\'s banging after that wedding',
    'Our old headteacher used to stand at the gate every morning when I was little',
    'My class tonight was a killer, legs are jelly',
    'Our HR department has moved floors',
    'My head is pounding after that party',
    'We kept our heads down and got on with it',
    'Booked my yoga class for Thursday',
    'My daughter is in Year 6 now',
    'Just filled in my form for the passport',
    'ta very much for the lovely flowers', // "ta" is thanks
    'As a parent, I find homework tricky',
    // Not staff: a former pupil, a parent, a gym class.
    'My old school is closing down, so sad',
    'I was head girl at my school, believe it or not',
    "Our school has been amazing with my son's EHCP",
    'my class reunion is next week',
    'My class at the gym was brutal today',
    'my class tonight was packed, thanks to everyone who came to spin',
    'Our school run this morning involved a lost shoe',
    "My son's school has non-uniform day tomorrow",
  ],
  invalid: [
    { text: 'my 8X are a chatty bunch', spans: ['my 8X'] },
    { text: 'my 6B lot were on fire in the maths test', spans: ['my 6B'] },
    { text: 'Our sixth form common room has a pool table now', spans: ['Our sixth form'] },
    { text: 'our science department\'s new technician is a gem', spans: ["our science department's"] },
    { text: 'Staffroom at ours has finally got a new kettle', spans: ['Staffroom at ours'] },
    { text: "Our head's given us an early finish", spans: ["Our head's"] },
    { text: 'Congratulations to our Year 6 leavers, you were brilliant', spans: ['our Year 6 leavers'] },
    { text: 'Our academy chain is rolling out yet another new marking policy', spans: ['Our academy'] },
    { text: "Our trust's new uniform policy is a joke", spans: ["Our trust's"] },
    { text: 'Our MAT CEO visited today. Lots of lanyards.', spans: ['Our MAT'] },
    { text: 'Our caretaker has fixed the boiler AGAIN, legend', spans: ['Our caretaker'] },
    { text: "our Nursery class had a teddy bears' picnic today", spans: ['our Nursery class'] },
    { text: 'Our Reception class hatched ducklings today!', spans: ['Our Reception class'] },
    { text: 'Marking at 7am. Teacher life.', spans: ['Teacher life'] },
    { text: 'PPA time spent laminating. Living the dream', spans: ['PPA'] },
    { text: 'Back in the classroom tomorrow, summer holidays over', spans: ['Back in the classroom'] },
    { text: 'My Blwyddyn 6 class are off on their residential', spans: ['My Blwyddyn'] },
    { text: 'As a teacher, I find this exhausting', spans: ['As a teacher'], reasons: ['work in a school'] },
    { text: "I'm a Year 6 teacher and proud of it", spans: ["I'm a Year 6 teacher"] },
    { text: 'As a teacher at Oakfield Primary I see this daily', spans: ['As a teacher at Oakfield Primary'] },
    { text: 'I am a TA and love it', spans: ['I am a TA'] },
    { text: 'I teach in a tough area', spans: ['I teach'] },
    { text: 'I work at a primary school near Leeds', spans: ['I work at a primary school'] },
    { text: 'My class were amazing today', spans: ['My class'] },
    { text: 'my Year 6s were hilarious', spans: ['my Year 6s'] },
    { text: 'My Y6s have SATs next week', spans: ['My Y6s'] },
    { text: 'Our head has just announced an inspection', spans: ['Our head'] },
    { text: 'Proud of my year 10 group today', spans: ['my year 10 group'] },
    { text: 'Lost my voice shouting at my school disco', spans: ['my school'] },
    { text: 'My kids in class loved it', spans: ['My kids in class'] },
    { text: 'Our SLT have no idea', spans: ['Our SLT'] },
    { text: 'Marking for my tutor group again', spans: ['my tutor group'] },
  ],
});
