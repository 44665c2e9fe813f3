import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './deadpan.ts';

testRule(rule, {
  valid: [
    // Session tonefp5: in a post with no school talk, "Grandad", "Nan", "Mum" are the writer's own family.
    "Family reunion at Auntie Mavis's. Someone ate the cheesecake before the buffet opened. Grandad told his war stories and we got the first full family photo in six years. Proper lovely day.",
    // "head to toe" is a body, not the head teacher (issue 11, tonefp4).
    "Chickenpox has reached our house at last. The baby is spotty from head to toe and furious about the mittens we put on her at night. Hopefully spot-free by Friday.",
    // A child's illness and how she feels about it (issue 11, tonefp4): a feeling is a circumstance, like 'upset'.
    "Measles jab done and now the little one has a rash and is furious about the mittens we put on her at night. Calamine everywhere. Her brother had it last year so at least it's just the one.",
    // A closing instruction to get in touch is a notice, not a verdict.
    'If any families are finding things tight this winter, the school has a hardship fund. Just email the office in confidence.',
    // Lack of trouble is good news ("without a hitch", "without any fuss").
    'The Year 6 play went without a hitch. Wonderful.',
    'Our new fire drill got everyone out without any fuss. Smashed it.',
    // A pupil's remark about the writer, then the writer's reaction.
    "A Year 4 told me I'm 'actually quite fun'. Career highlight.",
    // Exam weeks and a poorly child are not a shortfall.
    "Exhausted. Mock week, parents' evening and a poorly toddler. Bed at 8. No regrets.",
    // Sincere: good news before the upbeat remark, or nothing went wrong.
    'Our Year 3s did their first swimming lesson today. Lots of splashing, one lost sock, zero tears. A win',
    'Forty-two kids, two coaches, one lost lunchbox and not a single tear. Best trip ever.',
    'Kids from our Year 6 raised £400 for the food bank. Incredible.',
    // The writer's own story, or a remark about the writer.
    'Lost my voice halfway through the school play. The children carried it beautifully.',
    'Fell asleep on the sofa at 7.30 marking books. Living my best life',
    // Addressed to someone, or praising a person.
    "Parents' evening tonight. Wish me luck with my timekeeping!",
    'Reminder: school closes at 1.30pm on Friday for the end of term. Have a lovely break everyone',
    'A dad fixed our broken bench in the playground on his day off. What a kind man',
    'Fire alarm during assembly and every single child walked out calmly. Proud of them.',
    // A concession is meant: "still love it though".
    'Supply can be lonely. Different staffroom every day, no idea where the mugs go. Still love it though.',
    // Feelings and misfortune are not a shortfall; kind posts are left alone.
    'Year 2 trip: one little one was sick on the coach and her friend held her hand all the way back. kindness wins',
    'Our head went above and beyond for a family in crisis this week. proud to work with her',
    // No school-tied person, group or thing.
    'Train cancelled again. Great.',
    // Neutral news closed by a recommendation.
    'Ofsted framework changes announced today. Report cards from November. Worth a read.',
  ],
  invalid: [
    // A long post is read part by part (./shared/parts.ts): a lovely weekend at the top does not make the remark sincere.
    { text: "Had the loveliest weekend in Whitby with my sister, fish and chips on the pier, a brilliant ghost walk and far too much fudge. The kids loved the abbey steps and we all slept like logs in the caravan. Home now and the washing mountain awaits. Back at school the trust has rebranded over half term. New logo, new lanyards, same broken heating in Year 3. Money well spent.", spans: ['New logo, new lanyards, same broken heating in Year 3. Money well spent'] },
    { text: 'The trust cut our TA hours again. Truly inspirational.', spans: ['The trust cut our TA hours again. Truly inspirational'], reasons: ['Sarcasm'] },
    { text: 'Governors still have not answered our letter. Very reassuring.', spans: ['Governors still have not answered our letter. Very reassuring'] },
    { text: 'Only two parents came to the phonics workshop. Great turnout.', spans: ['Only two parents came to the phonics workshop. Great turnout'] },
    { text: 'Our trust has rebranded. New logo, new lanyards, same broken heating. Money well spent.', spans: ['New logo, new lanyards, same broken heating. Money well spent'] },
    { text: 'Still no cover for the Year 4 class. Brilliant planning, SLT.', spans: ['Still no cover for the Year 4 class. Brilliant planning, SLT'] },
  ],
});
