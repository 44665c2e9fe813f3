import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './verdict.ts';

testRule(rule, {
  valid: [
    // A count echoed as a tribute, not time lost.
    'Our caretaker has been here 30 years. Thirty.',
    'Our caretaker has been here 30 years. Thirty years.',
    // The closing sentence is news or a plan, not a verdict.
    "Parents' evening done, 30 appointments. Home for pasta.",
    // Praise, or an account with an upbeat word.
    'Governors visited and spent an hour in Year 3. Kind, interested, lovely.',
    'The LA sorted the transport in two days. Brilliant!',
    // The writer in the closing sentence, or the writer's own story.
    'Staff meeting was about the new reading scheme. Okay, I am a convert.',
    "Three weeks of marking and I've finally reached the bottom of the pile. Three.",
    // A fragment with a clause of its own.
    "Our head covered my class so I could see my son's assembly. On her lunch break.",
    // Nobody and nothing of school.
    'Train cancelled again. Yep.',
    // Addressed to someone.
    'Our deputy is leaving at Easter. Have a lovely retirement.',
    // A date that is good news.
    "Our deputy started in September. It's December and she knows every child's name.",
  ],
  invalid: [
    // Thanks at the top of a long post do not soften a verdict further down (careAround).
    { text: "Thank you so much to everyone who sponsored my sea swim for the hospice, we raised over £500 and I am still smiling. The water was freezing but the company was lovely and my sister made the best flapjacks I have ever eaten. Then a long hot bath and a takeaway. Back to work on Monday. Our business manager took eleven weeks to answer one email about my contract. Eleven.", spans: ['Our business manager took eleven weeks to answer one email about my contract. Eleven'] },
    { text: 'Staff meeting overran by 50 minutes so we could discuss staff wellbeing. Yep.', spans: ['Staff meeting overran by 50 minutes so we could discuss staff wellbeing. Yep'], reasons: ['bare verdict'] },
    { text: 'Asked the deputy for the cover rota three times. Three.', spans: ['Asked the deputy for the cover rota three times. Three'], reasons: ['leaders'] },
    { text: 'The LA took eleven weeks to answer one email about transport. Eleven.', spans: ['The LA took eleven weeks to answer one email about transport. Eleven'], reasons: ['local authority'] },
    { text: 'The trust moved the data deadline to the Monday after half term. Of course they did.', spans: ['The trust moved the data deadline to the Monday after half term. Of course they did'] },
    { text: "A parent told me her son doesn't do homework because it's not his thing. Okay then.", spans: ["A parent told me her son doesn't do homework because it's not his thing. Okay then"], reasons: ['parent'] },
    { text: 'The new report template was launched by SLT. In June. With reports due in July.', spans: ['The new report template was launched by SLT. In June'] },
    { text: "Asked the business manager about my pay rise in September. It's March.", spans: ["Asked the business manager about my pay rise in September. It's March"] },
    { text: 'Our head took eleven weeks to answer one email. Eleven weeks.', spans: ['Our head took eleven weeks to answer one email. Eleven weeks'] },
  ],
});
