import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './scare-quote.ts';

testRule(rule, {
  valid: [
    // Session tonefp5: what is said of the writer's own child by their teacher, quoted, is a parent's story.
    "Parents evening tonight for my son, his form tutor says he's 'chatty'. No idea where he gets that from",
    "Parents' evening done for both kids. Teachers all lovely, apparently my eldest is 'a delight but chatty'. No idea where he gets that from",
    // What children persuaded or convinced a grown-up of, quoted, is their claim told fondly (issue 11, tonefp3).
    "While I was out my Year 5s persuaded the cover teacher that Friday is 'silent disco day'. She believed them. Legends.",
    "Back after two days on a course and my Year 4s had spent Thursday convincing the cover teacher that in our class we always have 'quiet reading with the lights off' after lunch. She bought it completely and let them. Honestly they are too clever for their own good.",
    "My nephew convinced the babysitter that his mum 'always' lets him stay up till ten. She didn't fall for it.",
    // A crowd's or a child's words after a speech verb such as "screamed" or "yelled" are what they said, not a label doubted.
    "Took the whole family to the panto last night. The dame was outrageous, the kids yelled 'he's behind you' at every chance, and Grandad got dragged on stage to dance. He's 79. He loved it.",
    // Agreed with, or praise of pupils quoted.
    "Our head said our Year 6 were 'a credit to the school'. They really were.",
    // A name given to a thing, or a title.
    "Our caretaker calls the boiler 'the beast'. It's older than me.",
    "Parents voted for 'Wonder Wall' as the display name. Going up next week.",
    // A child's or the writer's family's words.
    "My son asked if teachers 'sleep at school'. Told him yes, in the cupboard.",
    "A Year 2 told me I look 'old but nice'. I'll take it.",
    // Followed by an invitation, or told laughing.
    "Our trust launched a 'wellbeing hub' this week. Have a look, some good stuff in there.",
    "Colleague said my lesson looked 'retro'. Rude 😂",
    // Nothing after the quote.
    "Lovely email from our head about the 'reading buddies' scheme",
  ],
  invalid: [
    // A colleague's words about the writer's own work, quoted back and undercut, stay.
    { text: "My line manager says my marking is 'a bit light'. This from someone who hasn't marked a book since 2019.", spans: ["'a bit light'"] },
    // A leader's claim quoted back and undercut stays a complaint.
    { text: "Our head assured us that workload is 'a priority'. Three new data drops.", spans: ["'a priority'"] },
    // A laugh at the kids at the top of a long post does not make a quote about the head further down banter (./shared/parts.ts).
    { text: "Saturday was chaos 😂 the kids turned the living room into a fort and the dog refused to leave it. Sunday we went to the garden centre and I came home with three more plants I have nowhere to put. Back to school tomorrow where our head will be running her 'quick reminder' briefing again, the one that lasted fifty minutes last week. It has its own agenda. Right, bath and bed.", spans: ["'quick reminder'"] },
    { text: "Our head just sent a 'quick reminder' email. It has seven attachments.", spans: ["'quick reminder'"], reasons: ['leaders or the trust'] },
    { text: "Head's message to staff: 'we're all in this together'. Sent from Lanzarote.", spans: ["'we're all in this together'"] },
    { text: "A mum complained that the Christmas play was 'too long'. Her son had one line.", spans: ["'too long'"], reasons: ['parent'] },
    { text: "The trust says classes of 34 are 'manageable'? For whom?", spans: ["'manageable'"] },
    { text: 'The LA told us the delay is "unavoidable". It\'s been fourteen months.', spans: ['"unavoidable"'], reasons: ['local authority'] },
    // Thanks do not soften a quote undercut.
    { text: "Thanks to our office team for the 'urgent' form. It arrived after the deadline.", spans: ["'urgent'"] },
  ],
});
