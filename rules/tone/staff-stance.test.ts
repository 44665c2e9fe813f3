import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './staff-stance.ts';

testRule(rule, {
  valid: [
    // Session tonefp5: a parent's joke that their child's trait runs in the family is about the writer's own family.
    "Parents evening tonight for my son, his form tutor says he's 'chatty'. No idea where he gets that from",
    "Parents' evening done for both kids. Teachers all lovely, apparently my eldest is 'a delight but chatty'. No idea where he gets that from",
    // Long posts whose only signs are the writer's own ("I nearly gave up the allotment") or exam mocks (issue 11, tonefp3).
    "Long one, sorry. It has been a hard year, not going to lie. Dad's been in and out of hospital, the boiler died twice and I nearly gave up the choir. But this week I watched my Year 11 drama group perform their devised pieces and honestly I stood at the back of the hall and welled up. Four of them want to do it at college. That's why I do it. Anyway, bath and bed.",
    "Lift share plan for the swimming mums since a few of you asked. Monday Ebrar has swimming at the leisure centre 5 till 6, Tuesday is free, Wednesday is brownies at the church hall, Thursday football straight after school, and Friday I'm home by 4 so I'll do all the pickups. Shout if you want to swap. Meanwhile my own week is Year 10 mocks, a data deadline and a learning walk. Wish me luck.",
    // Words quoted inside what a child persuaded a grown-up of are the child's claim, in a long post (issue 11, tonefp3).
    "Weekend with my brother's kids and I have been out-negotiated at every turn. The youngest convinced me that their mum 'always' lets them have ice cream before lunch and I believed him for a full hour until his sister grassed him up. Then they hid the TV remote and charged me a biscuit each for clues. Terrors. Absolute terrors. I've never laughed so much. Handed them back at six and fell asleep on the sofa at half eight.",
    // Thanks and credit given are praise.
    'Lovely note from the trust CEO thanking the office team for their work this term',
    'Year 10 stacked every chair in the hall after the concert without being asked. Credit to them.',
    // "<role> life" is the writer's own job; a head gasket is a car part; a pupil's remark about the writer is self-mockery.
    'Head of Year 9 life: forty emails before lunch and a surprisingly good chat about careers.',
    'Mechanic reckons the head gasket has gone. There goes Christmas.',
    "One of my Y2s said my jumper 'looks like a carpet'. Honestly fair. It's a cosy jumper.",
    // "back to school" alone is not school life (an OLID tweet).
    '@USER ANTIFA seems to taking a vacation too. But watch out after the election. I’d like to think they’ve all gone back to school.',
    // Sympathy and gratitude that mention hard things.
    'thinking of our deputy head today who lost his dad. sending love from all of us x',
    'Huge thanks to the site team for sorting the flood chaos, we would be lost without them',
    // Praise, news, sympathy and everyday moans stay clean.
    'Lovely assembly from Year 2 today, so proud of them',
    'Thank you to our brilliant office team for sorting the trip',
    'Our head ran a lovely staff breakfast this morning',
    "Parents' evening tonight, wish me luck",
    'Pay award announced for teachers, 4% from September',
    'The kids in my class are the best, honestly',
    // Complaints about things that are not school.
    'Rain again. My umbrella has given up',
    'The referee was a disgrace today',
    'Spurs were dreadful again, sack the manager',
    // Too short to judge.
    'ugh. Mondays.',
    // A council alone is not school business.
    'The council have missed our bins again. impressive consistency',
    // Somebody's own family is not school ("your parents", "his parents", "other dads").
    'The tourist on holiday with his parents put a sticker on a pole while his parents ate at a restaurant and you call that support',
    'You will have to go it without your parents being there 24/7 which can be hella scary',
    'I will always tell her she is the prettiest girl in the world. To me like other dads she always will be.',
    // Everyday senses of target words: a head on a body, trust as a verb.
    "lol why don't they ever do it in the head to protest, also aren't these people all for gun control?",
    'Still wanting you to believe that you can trust them. Remember all their broken promises?',
    // Governors and chief executives are everywhere: alone they do not make a post about school.
    'Governor of his state next, you watch, and the rest of them are a joke',
    'She is the CEO of ATMOS research and consulting. She profits by spreading gloom, snake oil salesmen are cheaper',
    'Google CFO Exec cries about election night in front of a crowd at a podium',
    // Well-wishing.
    'Aw it never ends. You are as always the better person. Much love to you and your parents.',
    // A long post about a hard year whose school sentences praise the head and colleagues: no sentence it leans on carries a sign.
    "Honest post. I've found this year really hard. My colleagues have been kind and my head has been nothing but supportive, but I'm juggling two little ones, a dad who needs me most evenings and a job that takes everything. I'm not after sympathy, I just think we should say this more. If you're finding it hard too, you're not alone. Early night for me. Tomorrow is Friday and there's bacon rolls in the staffroom, so there's that.",
    // The sign beside the sentence it leans on is only how the writer feels ("Slightly nervous about..."): no complaint.
    "Our Year 9s are off to Belgium in May and I'm one of the staff going. Four days of battlefields and waffles. Slightly nervous about taking forty teenagers abroad, but they're buzzing. We have to get every one of them an EHIC and a passport by March. Does anyone know how long the passport office takes at the moment? Asking for a nervous trip leader.",
    // A pupil's own words quoted after "told me" are reported speech, not scare quotes.
    "Our Year 9s are off to Belgium in May and I'm one of the staff going. Four days of battlefields and waffles. One of them told me it sounds 'actually quite fun', which is high praise from a fourteen year old. We have to get every one of them an EHIC and a passport by March. Does anyone know how long the passport office takes at the moment? Asking for a busy trip leader.",
  ],
  invalid: [
    { text: "The kids in 9X couldn't find the exit with a map", spans: ["The kids in 9X couldn't find the exit with a map"], reasons: ['pupils'] },
    { text: 'Our head thinks a new logo will fix recruitment. Genius.', spans: ['Our head thinks a new logo will fix recruitment'], reasons: ['head, leaders'] },
    { text: 'Another survey about workload from the people who create the workload', spans: ['Another survey about workload from the people who create the workload'], reasons: ['workload'] },
    { text: "Spent my PPA on the phone to parents who think it's our job to parent their kids", spans: ["Spent my PPA on the phone to parents who think it's our job to parent their kids"], reasons: ['parents'] },
    { text: "Really inspiring email from the CEO about 'going the extra mile'. He drives a Range Rover", spans: ["Really inspiring email from the CEO about 'going the extra mile"], reasons: ['head, leaders'] },
    { text: 'Our CEO has never taught a lesson and it shows', spans: ['Our CEO has never taught a lesson and it shows'], reasons: ['head, leaders'] },
    { text: 'SLT and their favourites get every course going, the rest of us get cover', spans: ['SLT and their favourites get every course going, the rest of us get cover'], reasons: ['head, leaders'] },
    { text: 'Nobody in SLT has taught a full timetable in a decade and it shows', spans: ['Nobody in SLT has taught a full timetable in a decade and it shows'], reasons: ['leaders'] },
    // A complaint buried in a long friendly post: the sentence it leans on carries the sarcasm.
    {
      text: "Lovely weekend at the seaside with the kids, sandcastles and far too much ice cream. Back to school tomorrow, where our head has decided that every lesson now needs a printed seating plan with data on it, because obviously that is what's been holding us back. Nobody asked a single teacher. Never mind. Tonight is pizza and a film with the kids, and I refuse to think about seating plans until the morning. Hope everyone has had a restful half term, see you all on the other side!",
      spans: ["Back to school tomorrow, where our head has decided that every lesson now needs a printed seating plan with data on it, because obviously that is what's been holding us back"],
    },
  ],
});
