import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './disparaging.ts';

testRule(rule, {
  valid: [
    // Young people merely reported as feeling something (issue 11, tonefp4): their feeling, not a verdict on them.
    "My nephews were absolutely fuming when the match was rained off, then forgot all about it by teatime and built a den.",
    "The boys were raging that the pool was shut for cleaning, so we went to the beach instead and had chips on the wall.",
    "Our teenagers are furious about the new curfew. Apparently it's the worst thing that has ever happened to anyone.",
    "The toddler is covered in spots head to toe and furious about the mittens we put on his hands at night. Calamine everywhere.",
    "My form were fuming when the trip got called off for the weather. Can't blame them.",
    "The teenagers over the road were livid when their party got shut down by their dad at midnight, ha.",
    // The writer's own slip in telling a class something (issue 11, tonefp4).
    "Made the mistake of mentioning my birthday to my Year 3s and they sang to me all afternoon 🎂",
    "Rookie error telling my form it was my birthday. Paper crowns all round.",
    // Children outwitting a grown-up, told fondly, with a one-word affectionate verdict; the writer's own dread and
    // tiredness after "a week of parents' evenings" (the evening, not the parents) (issue 11, tonefp3).
    "My Year 6s outwitted the visiting magician today. One of them spotted the card up his sleeve and the whole class chanted SLEEVE until he gave up and showed them. Menaces. Legends. Both. He was a great sport and did a second trick just for them. Then home, a bath and beans on toast with the radio on.",
    "Half term with the nephews and they hid my car keys in the freezer and then sold me a map to find them for a pound. Terrors. Absolute terrors. Love them to bits. Then a long walk on the beach, chips on the wall and both of them asleep in the car before we left the car park.",
    "Sunday night = dread. Running on fumes after a week of parents' evenings and a poorly toddler. Knackered. But the roast was lovely and the dog is snoring on my feet, so swings and roundabouts. Bag packed, lunches done, alarm set. Here we go again, Monday.",
    // Two weak words of a long story ("twice", "meanwhile", "again") are how it runs on, not a verdict (issue 11, tonefp3).
    "Rant about the weather! It's June. Why is it 11 degrees and sideways rain? I've had to cancel our class picnic twice, the sunflowers we planted are sulking, and I've worn my winter coat every day this week. Meanwhile my sister in Spain keeps sending me pictures of her pool. Anyway, the children made the best of it and we had our picnic on the hall floor with a torch for a campfire. They said it was better than a real one.",
    // Long family posts (issue 11, tonefp3): resigned self-irony after the writer's own evening, children running
    // riot in a garden, "never felt better", walking out of a hall, a relative's birthday meal with a family word as a name.
    "Lovely weekend with the family, roast at my mum's and a long walk with the dog along the canal. Back to it on Monday with my Year 4 class, who have been great this term. Then home to a pile of marking and a toddler who refuses to sleep. Living the dream. Hope everyone else had a restful one and a proper lie in.",
    "Lovely Sunday. Brunch at my aunty's with all the cousins, her jollof will never be beaten. The kids ran riot in her garden while the grown-ups put the world to rights. Then home for a nap before an afternoon of planning and marking. Busy week ahead with a trust moderation day and a training session on Wednesday. Fingers crossed for a calm one.",
    "Cub camp weekend! Twenty of them in the woods making dampers and singing round the fire. One lost a welly in the stream, one cried for his mum for exactly three minutes and then had the time of his life. Hot shower has never felt better. Now the washing mountain awaits.",
    "End of an era: my eldest has finished his last ever exam. Five years of homework battles and parents' evenings. He walked out of the exam hall a different lad to the one who walked in at eleven, taller than me and far funnier. Whatever the results, I'm proud of him. Off to the beach with his mates and I'm having a gin.",
    // Fond family and class stories (issue 11, tonefp3): the writer as "proud mum", Mother's Day, spoiled rotten,
    // the writer's own bad luck closed by "Classic.", "Oops." after the writer's own slip, a price "charged", a
    // "supply day" (a day, not a person).
    "Eldest passed his driving test today, first time! He is now unbearable and keeps offering to pop to the shop. Menace. Proud mum moment though.",
    "Spoiled rotten this Father's Day: bacon sandwich in bed and a card with glitter on absolutely everything.",
    "Training day tomorrow so naturally I have a cold. Classic. Lemsip and bed.",
    "Don't tell anyone but I ate all the kids' selection boxes. Every single one. Oops.",
    "Babysat my nephews all weekend. They hid the remote and charged me a biscuit per clue. I've never laughed so much.",
    "Supply day chaos report: while I was on a course my Year 4s persuaded the cover teacher that Thursday is 'pyjama day'. She took it brilliantly, bless her.",
    // A child's claim to a grown-up, quoted (issue 11, tonefp3): their words, not a label the writer doubts.
    "Weekend with my sister's kids and I've been out-negotiated all day. The youngest convinced me that their mum 'always' lets them have ice cream before lunch. Believed him for an hour.",
    // A verdict naming the writer is self-mockery; weak signs far from a pupil target in a long post are about the rest of the day.
    'Left my lanyard on the kitchen table this morning and had to drive back for it, so I was late for school. Classic me.',
    'Can I just say how much I adore my Year 10s? Today they were writing speeches for a mock election and one girl campaigned for free toast at break with a five point plan. She won by a landslide. Then the lads at the back made the case for a four day week and honestly they had some good points. Best lesson of the term. Home now, toast for tea obviously.',
    // A question fragment the writer answers about their own family; a fond comparison.
    'Finally finished the jigsaw with the kids. By whom? By me, obviously, they gave up after the edges.',
    'Honestly who decided that pineapple goes on pizza? By whom? I need names.',
    // Doubt about a forecast, and a short verdict on the writer's own family, are not about the pupils named before them.
    "Sports day is on Friday and our Year 4s have been practising the egg and spoon all week. Forecast says sunshine. I'll believe it when I see it.",
    'Our Year 2s finished their space topic today with a rocket launch on the field. Meanwhile my brother in Florida keeps sending me photos of actual rockets. Rude.',
    // The writer's own child's words quoted: the "Mum" in them is the writer.
    'My son wrote in his reading record "Mum fell asleep before the end of the chapter again". Thanks for that, darling 😂',
    // Praise "as always" that is sincere: an exclamation, a deed told with it, pupils.
    'The coach broke down on the way back from the museum and nobody panicked. Brilliant work as always from our office team!',
    'Trip cancelled because of the snow. Brilliant support as always from the head, who rang every family herself.',
    'We lost the final on penalties. Great effort as always from the girls.',
    // Laughing at a leader's antics, a blessing for a kindness or a child, a warm quoted message, a mince pie, an event (./shared/coda.ts).
    'Our head dressed up as a reindeer for the Christmas assembly and I laughed so hard I cried.',
    'Bless her, our TA stayed behind till six to help me finish the display.',
    'Bless them, my Year 1s still think I live at school.',
    'Lovely email from a parent tonight: "Thank you for making Ella love reading again." Made my week.',
    'If I eat one more mince pie I will explode.',
    "Parents' evening till 8 tonight. Send wine.",
    'My nan texted me: "Is it cold where you are love, wear a coat." Yes Nan.',
    // Weather on a duty day, and an eye-roll with a laugh beside it.
    "Why is it always windy on the one day I'm on playground duty 🙄",
    'The Year 4 team beat us at rounders. Again. We demand a rematch 🙄😂',
    // A concession of affection.
    "Our deputy's puns in briefing are getting worse. Love them though.",
    // Admiring hyperbole, a sports team, hours of something done gladly, a pupil's remark about the writer.
    "The new ECT in our department is so organised it's frightening.",
    'The lads at five-a-side were hopeless tonight. Lost 9-2. Pints after though.',
    'Did 50 hours of volunteering at the food bank this term and loved it',
    "Arjun (Y4) told me he wants to be a teacher 'but a nice one'. Ouch. Noted 😂",
    'My daughter\'s head of year rang about her attendance, she has been poorly',
    'The view from the top of Snowdon was something else!',
    // A negated negative ("zero regrets") and a facepalm at one's own slip are not complaints.
    'Took 30 children to the farm. Zero complaints, zero regrets.',
    "I am the worst at names in September. Called a boy by his brother's name three times 🤦",
    // A warm farewell and a friendly contest told laughing are kind, whatever words they tease with.
    'Mr Novak retires today. He taught my own kids too. Going to miss his terrible jokes',
    'Our head challenged the Year 6s to a penalty shootout. He lost 5-0. Never letting him forget it 😂',
    // An understatement set-up resolved as praise is a fond joke.
    "Let's just say the staff Christmas do was lively 😂 great night everyone",
    // Scare quotes around a child's words or creation are play.
    "My Year 3s built me a 'castle' out of lunchboxes",
    // Kindness outweighs a passing negative word; a school word placing a thing is not what is judged.
    'Thank you to our head who gave up her whole weekend to paint the hall',
    'Huge thanks to the office team for sorting the trip chaos, no idea what we would do without them',
    'The kettle in the staffroom is a nightmare, ten minutes to boil',
    'the school car park was a nightmare this morning',
    // Self-mockery, admiring intensity words, a sincere verdict after good news.
    'Not me eating all the biscuits and blaming the maths department 😂',
    'Our choir were on fire tonight, insane harmonies from the kids',
    'Z.B. in 3K read her first chapter book and was so happy. Brilliant.',
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
    "Exhausted but happy, parents' evening done for another year",
    'The kids were devastated when the swimming gala was cancelled',
    'Staff v Year 11 netball tomorrow, we will be destroyed',
    'Had a lovely chat with Mrs Khan about her allotment',
    'Bob the caretaker fixed the boiler again. Hero.',
    'Harry Kane missed a penalty and ruined my weekend',
    "Year 6 leavers' hoodies have arrived and they've spelt 'leavers' wrong",
    'Our TA never complains, she is a star',
    'The villain in our nativity play was so horrible the Reception kids booed',
    'What could possibly go wrong when I take 30 Year 4s to the zoo',
    'Taught 5B today and they were brilliant',
    "Sorry, I'm the laziest person in my family",
    'The council have missed our bins again. impressive consistency',
      "My spelling on the board was so bad a student corrected me. Twice",
    "The PE department challenged us to rounders. We lost. Badly.",
    "Huge thank you to the parent who dropped off samosas for the staffroom. You have no idea how much that helped",
    "One of our Year 5s lost her nan at the weekend, so we did quiet drawing together and the class were so gentle with her",
    "bless her, our Reception girl made me a paper crown and I wore it to the staff meeting",
    "A parent brought in homemade brownies for the whole staffroom today, what a lovely gesture",
    "That documentary on children in care was heartbreaking, those poor kids",
    "One of my Year 4s got full marks on his spelling test and did a little dance. Love it.",
    "Hard week, a pupil's family is going through something awful and the staff are all a bit wobbly. Be kind",
    "I'm rubbish at spreadsheets, the Year 9s had to show me how to sort a column",
    // Everyday senses of target words: a list of favourite things, an interjection, a body part, trust as a verb, social class.
    'She IS! One of my favourites. Brilliant. Her short stories wonderful too.',
    "Wait you don't know who she is? Oh boy",
    'Cuz it is the truth and they don\'t like that one bit',
    'After slamming the book shut she said very well, you are forgiven, and motioned for him to lift his head',
    'There was never an affair. If it were true why would we trust you, you took the money anyway',
    'Bob is an old man living in the past. He has no idea what the working class has been through',
    // A group's things are not the group; following someone's lead is not a lead teacher.
    "It is so funny that she is scared of pigs, this could be a plot for your next children's book",
    "YOU should've followed Flake's lead and LEFT the Senate! YOU are one unpopular guy.",
    // Pointed shapes read straight: the writer asking for help, a sincere question, a change welcomed, an understatement
    // resolved as praise, a need the school meets, a reminder to parents.
    'Could someone explain to me how the new pension calculator works? Totally lost.',
    'Can anyone from the LA explain how to apply for transport? Thanks in advance',
    "How exactly do I sign up for the trust's leadership course?",
    'The new reading scheme is certainly a change but the children adore it.',
    "Our head's dancing at the leavers' disco was... something. Legend though",
    'The staff panto was... something. Best night of the year, so proud of everyone 😂',
    "Some of our families don't read English yet, so the office translates every letter.",
    "Parents, don't forget the trip money is due Friday.",
    'Is anyone going to explain the new seating plan to me before Monday? Lost.',
    // A pleasant surprise answered by the writer, and the writer's own finished work closed by a short verdict.
    "The trust conference was... actually brilliant? Didn't see that coming.",
    'Wrote all my reports tonight. Every single one. Done. Great.',
    'The Reception assembly went without a hitch. Marvellous.',
    // "Whoever ..." with praise, or about something outside school.
    'Whoever organised the staff breakfast deserves a medal, best bacon roll ever',
    'Whoever planned these roadworks has never done a school run.',
    'Top tips for anyone who has never taught before: sleep, snacks and a good lanyard.',
    'Whoever designed the new reading corner, come and see how much the kids love it!',
    'Not sure the head is in today, ask the office if you need her.',
    "I'm not convinced the trip will go ahead in this rain.",
    'Does anyone at the trust know when the pay letters go out?',
    'Is anyone at the trust free to help with the Year 6 residential in June?',
    "Families in our nursery don't come in until 9 on Fridays.",
    'Interesting choice of snack from a Year 2 today: a raw onion.',
    'Can someone remind SLT that the Christmas jumper day is Friday? They asked me to post it!',
    'Someone remind me to bring the float for the tuck shop tomorrow',
    // The writer's own worry or envy is a feeling, not a judgement of the people named.
    'Really concerned about the rising cost of residential trips. We are looking at ways to make sure no child misses out.',
    "Dad's off to Portugal for the winter, so jealous.",
    'Our Year 6 leavers get a hoodie signed by the whole class. Slightly envious.',
    // A verdict on the traffic, a queue or roadworks is a grumble about the day, even at pick-up or on the school run.
    'Traffic by the school gates at drop-off is absolutely bonkers this week. Set off early!',
    'School run traffic through town is ridiculous since the bridge closed',
    'Uniform shopping done, the queue at the school outfitters was insane',
    // The writer's own slip or embarrassment: "accidentally ...", "that awkward moment when you/I ...".
    "Accidentally called my Year 10s 'my babies' in front of the head. Mortified. They will never let it go.",
    "That awkward moment when you tell the class off for chatting and then your own phone rings in assembly",
    // A negated negative as the closing verdict is contentment ("No regrets.", "Not bad.").
    "Shattered after parents' evening and the Year 8 disco. Takeaway on the sofa. No regrets.",
    // The writer's own family life: "the kids" beside the writer's husband, sister or children are their children,
    // a relative called by the family word as a name ("Love you Dad", "lunch at Grandma Pat's") is their own, and a
    // hobby class is not a school class.
    'Back from Tenerife. Spent the week watching the kids turn into little brown berries. Came home to a fridge with one yoghurt and a very offended cat. My husband is already planning next year.',
    'Off to Spain in the morning. Key is with my sister. The kids have packed forty soft toys and nothing else, honestly ridiculous.',
    "Panto with the whole family last night. The dame was outrageous and the kids screamed themselves hoarse. Grandad got picked to dance on stage.",
    'Back from a week in Crete and the return to reality is brutal. Seven days of reading by the pool, eating far too much feta and watching the kids turn brown as conkers. Came home to a fridge holding one yoghurt and a very offended cat, and a mountain of post. Already counting down to next year, obviously.',
    "Date night at last. A curry and talk about anything but school runs. My mum had the kids and said they were angels, which means they were definitely not angels.",
    "Did a pottery class for our anniversary. My bowl collapsed twice. The teacher was very patient and kept saying 'interesting' in a way that meant 'oh dear'.",
    "My son says he wants to be a vet and an astronaut. His sister wants to be a YouTuber, which means I need to practise saying 'lovely, darling'.",
    "Dad's 70th was a blast. A terrible disco and a cake shaped like his caravan. Love you Dad.",
    "Sunday lunch at Grandma Pat's today, which means three kinds of potatoes and a trifle the size of a bath.",
    "We're doing a cocktail class for the hen do, which means I'll be useless by nine.",
    // "Living the dream" about the writer's own chores (marking, laminating, tests to mark) is resigned self-irony:
    // with only work or school things in the stretch and no other strong sign, it is no grievance.
    'Report comments and a cold cup of tea in my classroom at 7pm. Living the dream.',
    'Saturday plans: marking the mock papers, then the big shop. Living the dream',
    // A sentence that turns to another topic ("At home", "In other news", "Anyway") and names no one carries its
    // verdicts on that topic, not on the person praised before it.
    "The head came round with ice lollies for every class in the heatwave, which was lovely. At home it's chaos as usual: the kids have painted the cat and my husband is pretending it wasn't his idea.",
    // A turn ("Otherwise", "Apart from that") opening the sentence that first names a target cuts it off from the signs
    // before it: they were about the family story told first.
    "Big weekend. My sister's wedding was beautiful, the dog was ring bearer and my uncle fell in the pond again, as usual. Otherwise it's been a quiet week, my Year 10s are revising and the office team brought cake on Friday.",
    // A mildly rated word earlier ("hiding", "no", "rainy") does not make a closing "Good lad." sarcasm.
    'Rainy lunch duty, so our Year 3 boys built a den out of the PE mats and hid in it. Then the smallest one helped me tidy every mat away without being asked. Good lad.',
    // Baking or buying "for the whole staffroom" is a gift, not gossip; a baggage carousel is at the airport.
    'Happy birthday to my colleague Sam, who still finds time to bake for the whole staffroom.',
    'Results day for my Year 13 chemists and I was checking my email at the baggage carousel in Malaga. Two A stars!',
    // "My bad." owns the writer's own slip; it is no verdict on the mum named before it.
    "Sent my son in to school in his PE kit on the wrong day and had to explain myself to his teacher and another mum at the gate. My bad.",
    // "Solo parenting", "my parenting": the writer's own parenting is not parents at the school.
    "My husband is away all week so I'm solo parenting, and the kids have been completely feral at bedtime.",
    // "Desperate for a costume", "desperate to go": wanting something badly is no verdict on the one who wants it.
    "My Year 2 class are desperate for snow so they can build a snowman on the field.",
    // One rated word alone in a long post ("a sickness bug going round") is a word of the story, not a verdict on the class.
    "What a weekend. Saturday morning was swimming lessons, then a birthday party at the trampoline park where I sat with a coffee and watched twenty children bounce until they were sick. Sunday we walked up to the reservoir with the dog and my sister, and had a roast at the pub on the way back. Back to school tomorrow: my Year 5 class have a sickness bug going round, so I'll be armed with wipes and hand gel. Lunches made, uniform ironed, feet up. Hope everyone had a good one.",
    // "Love you ..." closing a post is a sign-off of affection, not a sarcastic verdict on who came before.
    'Happy 50th to our school cook, who has fed four hundred children a day for twenty years and never once lost her temper with the queue. Love you Bev.',
    'Happy retirement to our caretaker, who has unblocked every sink in the building and still brings the staff doughnuts on a Friday. Love you Gary.',
    // Session tonefp5: words in single quotes said of the writer's own child by their teacher, and the writer's own
    // childhood school report quoted, are the family's story, not a verdict on pupils.
    "Got a call from my son's school today, his teacher says he's 'very chatty in class'. Shocked. Absolutely shocked. (He gets it from me.)",
    "My Year 4 class have been telling everyone we have a pet snake in the classroom. We do not have a pet snake. We have a goldfish.",
    "Clearing out Dad's loft and found my old primary school reports. Mr Okafor in 1991: 'Keziah is a capable girl but is easily distracted by her friends and her own ideas.' Thirty years later, same, sir.",
  ],
  invalid: [
    // A teacher quoting their own report on a pupil stays a verdict on the pupil.
    { text: "Writing reports tonight. Tempted to put 'Jayden is a lazy boy who is easily distracted and rude' and be done with it.", spans: ["reports tonight. Tempted to put 'Jayden is a lazy"] },
    // A mischief word said of pupils with nothing fond near it stays a verdict.
    { text: 'Year 9 after lunch on a windy Friday. Menaces. Every single one of them, and their parents back them up every time.', spans: ['Year 9 after lunch on a windy Friday. Menaces'] },
    // A leader's decision before the writer's bad luck keeps "Classic." a dig at them.
    { text: "SLT moved parents' evening again so I have to rebook twenty families. Classic.", spans: ["families. Classic"] },
    // A listed judgement in a long post still counts.
    { text: "What a weekend. Saturday morning was swimming lessons, then a birthday party at the trampoline park where I sat with a coffee and watched twenty children bounce until they were sick. Sunday we walked up to the reservoir with the dog and my sister, and had a roast at the pub on the way back. Back to school tomorrow: my Year 5 class were absolutely feral on Friday and I'm dreading it. Lunches made, uniform ironed, feet up. Hope everyone had a good one.", spans: ['class were absolutely feral'] },
    // A sign in the sentence naming the target stays, turn or no turn after it.
    { text: 'Our head of maths is a clueless joke again, as usual. Otherwise it has been a quiet week, my Year 10s are revising and the sun came out on Friday.', spans: ['head of maths is a clueless'] },
    // Gossip told to the whole staffroom stays a sign.
    { text: 'Our deputy head told the whole staffroom about my divorce before I had told my own mum.', spans: ['deputy head told the whole staffroom'] },
    // Turning to another topic and then naming the target keeps the verdict on them.
    { text: 'Lovely walk by the river this morning with the dog. Anyway, back to work tomorrow, where our head will no doubt be as clueless as ever about the cover rota.', spans: ['as ever about the cover rota'] },
    // School in the post keeps children, a parent called "Mum" and a class as the school's, family words or not.
    { text: 'My husband says I moan too much, but the kids in Year 9 this afternoon were a joke.', spans: ['Year 9 this afternoon were a joke'] },
    { text: 'Had a meeting with Mum about the EHCP today. Clueless, as always.', spans: ['EHCP today. Clueless'] },
    { text: "Maths class today. The teacher next door kept saying my lesson was 'interesting'. Interesting.", spans: ["teacher next door kept saying my lesson was 'interesting'"] },
    { text: 'The kids were absolutely feral today. Honestly, some of them have no manners at all.', spans: ['kids were absolutely feral'] },
    { text: "Mum marched up to me at the gate because her son 'never' lies. Clueless, as always.", spans: ["Mum marched up to me at the gate because her son 'never' lies. Clueless"] },
    { text: 'Our science class this year is an absolute nightmare.', spans: ['class this year is an absolute nightmare'] },
    // A verdict on parents' parking at pick-up is about the parents.
    { text: 'Parking at pick-up is a joke. Some parents just abandon their cars on the zigzags.', spans: ['pick-up is a joke'] },
    // A rhetorical request or question aimed at leaders or the LA, an understatement that ends its clause, and a habit
    // of not doing something claimed of parents as a group.
    { text: 'Could somebody please explain to the trust what a working radiator looks like', spans: ['somebody please explain to the trust'] },
    { text: "Can anyone at the LA explain why the transport forms are 'with the team' for the fourth month running?", spans: ['anyone at the LA explain'] },
    { text: 'Is anyone at county hall ever going to explain why the bus pass takes a term to arrive?', spans: ['anyone at county hall ever going to explain'] },
    { text: 'The new data tracker is here. Whoever chose it has never taught a lesson.', spans: ['tracker is here. Whoever chose it has never taught'] },
    { text: 'Lectured on questioning today by a consultant who has not taught since the nineties.', spans: ['consultant who has not taught'] },
    { text: 'Would whoever chose the new lesson template like to come and fill one in for a Year 4 PE lesson?', spans: ['whoever chose the new lesson template like to come and'] },
    { text: 'Not totally convinced the business manager knows what a glue stick is.', spans: ['Not totally convinced the business manager knows'] },
    { text: 'Does anyone at the trust actually read the staff survey?', spans: ['Does anyone at the trust actually'] },
    { text: 'Is anyone at the DfE actually going to answer our letter about SEND funding?', spans: ['Is anyone at the DfE actually'] },
    { text: 'Will anyone at the trust ever reply to the staff voice survey?', spans: ['Will anyone at the trust ever'] },
    { text: 'Moving parents evening to a Friday night is an interesting choice by SLT.', spans: ['interesting choice by SLT'] },
    { text: 'The restructure could have gone better, put it that way.', spans: ['restructure could have gone better'] },
    { text: 'Would someone remind the exec team that we are not robots', spans: ['someone remind the exec team'] },
    { text: 'What exactly is the point of the new tracker?', spans: ['point of the new tracker'] },
    { text: 'The new marking policy is, well, certainly innovative.', spans: ['marking policy is, well, certainly innovative'] },
    { text: "Most of the families on my register don't read with their kids at all", spans: ["families on my register don't read"] },
    { text: 'How do the governors justify a second deputy when we have no TAs in Year 1?', spans: ['governors justify'] },
    { text: "What's the point of the trust, honestly?", spans: ['point of the trust'] },
    { text: 'The new homework policy is... something.', spans: ['homework policy is... something'] },
    { text: 'Our new rota is, erm, ambitious. Six duties each.', spans: ['rota is, erm, ambitious'] },
    { text: 'Most parents never check the app, then complain nobody told them.', spans: ['parents never check'] },
    { text: 'The new head of year is, how shall I put this, not a natural at leading anyone.', spans: ['new head of year is, how shall I put this'], reasons: ['Criticising'] },
    { text: "Who's going to tell the new deputy that nobody reads his bulletins?", spans: ["Who's going to tell the new deputy"], reasons: ['leaders'] },
    { text: 'Our wonderful trust has decided TAs do not need a pay rise this year. Lovely.', spans: ['pay rise this year. Lovely'], reasons: ['leaders'] },
    { text: 'Huge thanks to the trust for another pay freeze. Really appreciated.', spans: ['pay freeze. Really appreciated'], reasons: ['leaders'] },
    { text: 'The behaviour policy at this school is a joke', spans: ['behaviour policy at this school is a joke'], reasons: ['school'] },
    { text: 'So glad the new marking policy landed the night before reports are due 🙃', spans: ['So glad the new marking policy'], reasons: ['Criticising your school'] },
    { text: 'Our deputy head couldn\'t organise a raffle at a bingo night', spans: ["deputy head couldn't organise"], reasons: ['Criticising leaders'] },
    { text: 'Some parents think the school is a free babysitting service', spans: ['the school is a free babysitting'], reasons: ['Criticising parents'] },
    { text: 'Pay award announced. 2.8%. After a decade of real-terms cuts. Cheers for that, really appreciated.', spans: ['Pay award announced. 2.8%. After a decade of real-terms cuts'], reasons: ['Workplace grievance'] },
    { text: 'The LA couldn\'t run a bath, let alone a SEND service', spans: ["The LA couldn't run"], reasons: ['local authority'] },
    { text: 'The office staff are the biggest gossips in the building', spans: ['office staff are the biggest gossips'], reasons: ['colleagues'] },
    { text: 'SLT and their favourites get every course going, the rest of us get cover', spans: ['favourites'], reasons: ['leaders'] },
    { text: "The children's behaviour at lunch is a joke", spans: ["children's behaviour at lunch is a joke"], reasons: ['pupils'] },
    { text: 'The head of my school has no idea what the kids need', spans: ['my school has no idea'] },
    { text: 'Year 9 this afternoon were vile, absolutely vile', spans: ['Year 9 this afternoon were vile'], reasons: ['pupils'] },
    { text: 'Restructure meeting today. They called it "an exciting opportunity". Seven TAs losing their jobs. Exciting.', spans: ['TAs losing their jobs'] },
    { text: 'Our SENCO has been off for six weeks and nobody has told parents. Brilliant communication.', spans: ['parents. Brilliant communication'], reasons: ['parents'] },
    { text: 'Pay freeze again. Meanwhile the CEO got a 10% rise. Funny that.', spans: ['CEO got a 10% rise. Funny that'] },
    { text: 'Another "quick" staff meeting that ran till 5.30. Love that for us.', spans: ['staff meeting that ran till 5.30. Love that for us'] },
    { text: '𝗢𝘂𝗿 𝗦𝗟𝗧 𝗮𝗿𝗲 𝗰𝗹𝘂𝗲𝗹𝗲𝘀𝘀', spans: ['𝗦𝗟𝗧 𝗮𝗿𝗲 𝗰𝗹𝘂𝗲𝗹𝗲𝘀𝘀'] },
    { text: 'Some staff in this building moan about everything', spans: ['Some staff in this building moan'] },
    { text: "The governors are so out of touch it's embarrassing", spans: ['governors are so out of touch'] },
    { text: 'The exam officer messed up the entries again. Shocking.', spans: ['exam officer messed up'] },
    { text: 'Honestly Mr Grant is the most boring teacher in the building', spans: ['boring teacher'], reasons: ['colleagues'] },
    { text: 'Mr Grant has been boring us all senseless in briefing', spans: ['Mr Grant has been boring'], reasons: ['colleagues'] },
    { text: 'Another "optional" twilight that is absolutely not optional', spans: ['"optional" twilight'] },
    { text: 'The SENCo never replies to anything', spans: ['SENCo never'] },
    { text: 'Our new office manager is about as useful as a chocolate teapot', spans: ['office manager is about as useful as'], reasons: ['leaders'] },
    { text: 'Rumour has it the deputy is leaving under a cloud 👀', spans: ['Rumour has it the deputy'] },
    { text: 'Our receptionist is the rudest woman alive', spans: ['receptionist is the rudest'], reasons: ['colleagues'] },
    { text: 'local authority lost the EHCP paperwork for the third time. impressive consistency', spans: ['EHCP paperwork for the third time. impressive consistency'], reasons: ['local authority'] },
    { text: 'Tried to teach fractions to 8R today. Might as well have been herding cats', spans: ['8R today. Might as well have been herding cats'], reasons: ['pupils'] },
    { text: 'Families from that end of town just aren\'t interested in education', spans: ["Families from that end of town just aren't interested"] },
    { text: "Amazing how SLT always find money for a new sign but never for glue sticks", spans: ['Amazing how SLT'], reasons: ['leaders'] },
    { text: "Our new deputy is about as supportive as a paper umbrella", spans: ['deputy is about as supportive as'], reasons: ['leaders'] },
    { text: "Colleague 'popped out' at 2 for a dentist appointment. Third one this month", spans: ["Colleague 'popped out'"], reasons: ['colleagues'] },
    { text: "Word in the staffroom is the bursar has been fiddling the trip money. Wouldn't surprise me", spans: ["bursar has been fiddling the trip money. Wouldn't surprise me"] },
    { text: "Pay scales frozen, TA hours cut, and they've bought new lanyards for everyone. Brilliant priorities", spans: ['lanyards for everyone. Brilliant priorities'] },
    { text: "The trust's new marking policy is utter rubbish", spans: ['marking policy is utter rubbish'] },
    // A quotation echoed back as a short question or a bare fragment; hours worked far past a working week.
    { text: 'Amazing how the LA always finds money for a new logo but never for a single extra speech therapist.', spans: ['Amazing how the LA'] },
    { text: "SLT call the new duty rota 'fair'. Fair to who exactly?", spans: ["duty rota 'fair'"] },
    { text: "Our deputy says the Friday briefing is 'quick'. Quick. Forty minutes.", spans: ["deputy says the Friday briefing is 'quick'"] },
    { text: 'Did 58 hours last week. Directed time says 32.5. Somebody can\'t count and it is not me.', spans: ['58 hours'], reasons: ['Workplace grievance'] },
    // A laugh at what leaders sent, exasperated conditionals and codas, "bless her" round a failing, a quoted message answered by a retort.
    { text: 'Our head emailed the results of the staff workload survey this morning. Laughed so hard I had to go and lie down.', spans: ['Our head emailed the results of the staff workload survey this morning. Laughed so hard I had to go and lie down'] },
    { text: "I swear to god if I get one more 'quick catch up' invite from the deputy I'm moving to Norway.", spans: ["I swear to god if I get one more 'quick catch up' invite from the deputy I'm moving to Norway"] },
    { text: "If the trust sends one more 'mandatory' spreadsheet this week I will lose my mind.", spans: ["If the trust sends one more 'mandatory' spreadsheet this week I will lose my mind"] },
    { text: 'Our exec head spent the whole briefing congratulating himself on the results. Send wine.', spans: ['exec head spent the whole briefing congratulating himself on the results. Send wine'] },
    { text: 'Our office manager is a sweetheart, bless her, but she still thinks the council reads every form we send.', spans: ['Our office manager is a sweetheart, bless her, but she still thinks the council reads every form'] },
    { text: 'Email from a dad tonight: "I would like to know why my daughter was only given a silver sticker." Sir, please.', spans: ['"I would like to know why my daughter was only given a silver sticker." Sir, please.'] },
    { text: 'Got a message from a parent: "Please ensure Noah does not get muddy at forest school." Forest school. Muddy.', spans: ['"Please ensure Noah does not get muddy at forest school." Forest school. Muddy.'] },
    // Mocking comparisons of character, moving goalposts, fragments asked back at a plan, "not that they'll ever".
    { text: 'Our new business manager has all the charisma of a damp sponge.', spans: ['business manager has all the charisma of a'] },
    { text: "Every term the LA moves the goalposts and we're expected to be grateful.", spans: ['the LA moves the goalposts'] },
    { text: 'The trust wants every lesson plan uploaded to the portal by Sunday night. By whom? With what time?', spans: ['The trust wants every lesson plan uploaded to the portal by Sunday night. By whom?'] },
    { text: "SLT want a new display in every corridor by Friday. Not that they'll ever have to put one up themselves.", spans: ["SLT want a new display in every corridor by Friday. Not that they'll ever"] },
    // The sentence before a stretch carries its person over the cut of a long post.
    { text: "Back to work tomorrow after a lovely week in Norfolk with the kids, crabbing, chips and far too much ice cream. Thank you to my sister for having us, you are a star. I'm dreading the INSET day though, because the deputy has booked the same speaker as last year for the whole morning, the one who read his slides aloud word for word. The man has the charisma of a wet dishcloth and we all know it. Anyway, bags to unpack.", spans: ['deputy has booked the same speaker as last year for the whole morning, the one who read his slides aloud word for word. The man has the charisma of a'] },
    { text: 'So the council have closed the only specialist provision in the area and parents found out from the local paper. Fantastic communication as always from County Hall.', spans: ['Fantastic communication as always from County Hall'] },
    // Thanks in one part of a long post do not excuse a jab in another part of it.
    { text: "Thank you so much to everyone who came to my fortieth on Saturday, I was so spoilt and the cake was incredible. Sunday was a long walk with the dog and a roast at my sister's, then an early night. Lovely weekend all round, I feel very lucky. Back to work tomorrow, where our new deputy will spend another week sending emails about socks and still won't answer a single one of ours. Clueless. Right, packed lunches to make.", spans: ['deputy will spend another week sending emails about socks and still won\'t answer a single one of ours. Clueless'] },
    { text: 'Some people shouldn\'t be in charge of a timetable. Three Y10 groups in the sports hall at once.', spans: ["shouldn't be in charge of a timetable"] },
  ],
});
