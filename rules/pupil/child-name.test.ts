import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './child-name.ts';

testRule(rule, {
  valid: [
    // Grown-ups by where they are from, in-laws, epithets, pets, authors' books, name talk (issue 11).,
    'My sister-in-law Yetunde is staying for half term',
    'Kwabena from the car wash did a great job, then back to marking',
    'Thanks to Emma and Sarah in the office for sorting out the trip money',
    "Reading Sadia's book on curriculum design over the holidays",
    'Year 3 named the class hamster Nibbles',
    'Oakley the school dog is back after his op',
    'Picking up Zaid from nursery then straight to parents evening',
    "Siobhan means 'God is gracious', my Year 8s told me",
    'Mo Farah visited our school today!',
    'My Year 10s are reading Romeo and Juliet this term',
    'Holly and ivy decorations are up in the classroom, so festive',
    'So proud of my little girl Hope, she swam 10m at her swimming lesson',
    'Will the photocopier ever work? Year 6 reports due Friday',
    'Summer has arrived and Year 2 are melting',
    'Story time was chaos today but the class loved it',
    "Our Zuri starts Reception in September and I'm not ready", // the writer's own child
    // An all-capitals name-word is emphasis.
    'Top tip for new teachers: the photocopier WILL jam the morning of your observation. Print the night before!',
    'My husband Tom made dinner tonight', // an adult, and no school context
    "Reading Stephen King's new book on the train", // famous, no school context
    'Amelia came round for tea', // a name, but nothing about school
    'Year 6 were brilliant today, so proud of them all.',
    'Our head Sarah led a lovely assembly', // staff, not a pupil
    'Claire, my TA, saved the day in class again',
    'Reading Harry Potter with my class this term', // a character
    'Summer term is nearly over and the kids are shattered', // month/season word, not a name
    'Grace before lunch, then back to the classroom', // a name-word at the start of a sentence
    'Year 4 are learning about Florence Nightingale',
    'Mr Smith and Mrs Jones ran the school trip',
    'Chelsea were awful again, marking my Year 9 mocks to cheer up', // a club, far from the cue and a word-name
    'my son Jack has his nativity tomorrow', // the member of staff's own child
    'Off to St Mary\u2019s for a school visit',
    // Months and places that are also names.
    'Back to school in September, so August is for sleeping',
    'KS2 SATs week starts 12 May 2025',
    'Year 13 results day is 14 August, fingers crossed',
    'Our trip to York in May was the highlight of the year for Year 4',
    'We did the Great Fire of London today, Year 2 loved it',
    'Year 9 exchange to Lyon confirmed for the spring term',
    // Curriculum figures, characters, plants.
    'Year 2 loved Samuel Pepys burying his cheese',
    'Matilda, The Twits and The BFG - Year 3 Roald Dahl day was a hit',
    "Charlotte's Web is the class book this term",
    'Lily pads in the pond are back, the Year 1 science lesson wrote itself',
    'Holly and ivy decorations are up in the classroom!',
    'The shooting at Sandy Hook elementary school in 2012',
    'Chelsea lost again. At least my Year 8 class cheered me up.',
    'Summer has arrived and the classroom is baking',
    'Year 5 are reading The Iron Man by Ted Hughes and loving it',
    'Lovely chat with Megan\'s grandad in the park', // no school talk: a neighbour's grandchild
    'Dinner with Rahyl from the gym, what a catch up', // no school talk
    'My husband Kwame made me a lasagne',
    'Sherlock Holmes week in Year 5', // a character
    // Lists of grown-ups, a parent's child without school talk, the writer's own and relatives' children.
    'Thanks to Sarah, Jo and Priya for a brilliant night out, my feet are ruined',
    'Shoutout to Deborah, Carol and Wendy in the office who keep this place running',
    'Congrats to Tom, Chloe and Raj on their engagements this year',
    'Her son Leon is getting married next month, she is beside herself',
    'My friend\'s daughter Gifty just graduated as a nurse',
    'My daughter Aneira had her school play tonight and I cried',
    'Huge thanks to the TAs who stayed late to get the hall ready for the concert',
    // A full name followed by what it is known for: an author, an artist, a character.
    'Wilfrid Owen poems with year 10 today, heavy going',
    'Georges Seurat for our Y5 art topic, they loved the dots',
    // The writer's peers and colleagues covering; a list with one famous name or character in it.
    'Jess, Amir and I are doing the school fun run for charity',
    'Thanks to Tariq for covering my class today',
    'Kylian Mbappe, Messi and Haaland: my Y6 boys debate this daily',
    'Read Wonder to 4B, Auggie, Jack and Summer had them hooked',
    // A full name with only school talk around: a public figure more often than a pupil.
    'Kemi Badenoch visited the school today',
    'My class are obsessed with Sabrina Carpenter',
    // A parent writing about their own child.
    'Ayaan got star of the week at school today, proud mummy moment',
    "Lily's first day at big school!! where has the time gone",
    'Picking Noor up from school, she has had a great day',
    'Dropped Tobi at nursery for his first day and cried in the car',
    'Taking Reuben to his swimming lesson after school',
    // Brands, things, places and characters that are names too.
    'Zara sale is on, spent my whole pay packet, back to marking',
    'Isla of Arran trip with Year 9',
    "Aldi's Kevin the Carrot is back, my class are buzzing",
    'Alexa, play calming music for my Year 1s',
    'holly and ivy decorations in the classroom',
    'The Year 6 production of Oliver was fantastic, Fagin stole the show', // a show's title
    // pupil6: stars known by one name, lists of surnames or towns, animals named in a list, brands, double-barrelled own children.
    'Rihanna blasting in the car after a long day of reports',
    'Rice, Saka and Grealish on the bench tonight, fuming, back to marking',
    'Leeds, Chester and Bristol: our school trips this year',
    'Our class stick insects are called Twiggy, Beau and Olive',
    'Buried Nibbles today, best rabbit we ever had',
    'My new Barbour coat survived playground duty',
    'my son Alfie-James starts Year 1 on Monday',
    'rock n roll assembly with year 2 today',
    'Emma and Tom ran the tombola at the summer fair, thanks to the PTA',
    'The award went to Priya, our head of science',
    'Olly Murs on full blast while I mark my Year 8s\' books',
    'Raye on repeat in my classroom while I tidy',
    'Antony Gormley exhibition with the sixth form next week',
  ],
  invalid: [
    // Class life near a name acting as a person; lower-case names; word-names on direct evidence (issue 11).,
    { text: 'Ifeoluwa and Kamsi were brilliant in geography this morning', spans: ['Ifeoluwa', 'Kamsi'] },
    { text: 'Dovydas was so pleased with his certificate he showed everyone', spans: ['Dovydas'] },
    { text: 'So proud of agata today, she read aloud in assembly', spans: ['agata'] },
    { text: 'Year 4 spelling test done and wiktoria got full marks', spans: ['wiktoria'] },
    { text: 'Honour in 6B asked why the sea is salty', spans: ['Honour'] },
    { text: 'Blessing from 3K drew the whole class a dragon', spans: ['Blessing'] },
    { text: 'Faith painted the best portrait in art today', spans: ['Faith'] },
    { text: 'hope in my Y3 group got her pen licence!', spans: ['hope'] },
    { text: 'P4 have been building bug hotels and Tiwaloluwa found a beetle', spans: ['Tiwaloluwa'] },
    { text: 'shout out to aamina in 9c for the best homework this week', spans: ['aamina'] },
    { text: 'Our new girl Ximena is settling in beautifully', spans: ['Ximena'] },
    { text: 'Legend (yes, really, that is his name) won the Year 5 chess club', spans: ['Legend'] },
    { text: 'Amelia in my class cried all morning', spans: ['Amelia'], reasons: ["child's first name"] },
    { text: 'So proud of Jack Smith in 5B today', spans: ['Jack Smith'], reasons: ["child's full name"] },
    { text: "Leo's mum came in to complain about his reading book", spans: ["Leo's"] },
    { text: 'Year 6 SATs next week. Oliver has been working so hard', spans: ['Oliver'] },
    { text: 'Star of the week goes to Isla B. for amazing effort', spans: ['Isla B'] },
    { text: 'parents evening tonight and omg alfie\'s dad was lovely', spans: ["alfie's"] },
    { text: 'My Y6s were amazing today, especially Muhammad and Aisha', spans: ['Muhammad', 'Aisha'] },
    { text: 'One of my pupils, Freya, drew this for me', spans: ['Freya'] },
    { text: 'Playground duty: Harry fell off the climbing frame again', spans: ['Harry'] },
    { text: 'Absolute highlight: May in year 2 read a whole page on her own', spans: ['May'] },
    { text: 'Flo has started calling me Miss Teacher', spans: ['Flo'] },
    { text: 'Massive shout out to Evie H who stayed behind for extra maths. Grade 7!!', spans: ['Evie H'] },
    { text: 'Hugo built a lighthouse with a working bulb in DT', spans: ['Hugo'] },
    { text: 'Isabella and Sienna did a duet at the Christmas concert', spans: ['Isabella', 'Sienna'] },
    { text: 'ollie b finally remembered his PE kit. miracles do happen', spans: ['ollie'] },
    { text: 'Ezra (Reception) brought his grandad’s medals in', spans: ['Ezra'] },
    { text: 'Ibrahim, 8, designed our new reading corner logo', spans: ['Ibrahim'] },
    { text: 'Sienna in 5W wrote a letter to the council about the potholes', spans: ['Sienna'] },
    // Names from the full ONS lists and names no list holds, judged by shape, with a class, an age or a parent.
    { text: 'Ayobami in 4M read his whole poem to the class', spans: ['Ayobami'] },
    { text: 'Itohan (Y2) has finally cracked her number bonds', spans: ['Itohan'] },
    { text: 'Khizr in P3 lost his first tooth during phonics', spans: ['Khizr'] },
    { text: 'Gwenlli in Blwyddyn 2 won the eisteddfod recitation today!', spans: ['Gwenlli'] },
    { text: 'Wafa in my top set got 100% on the mock', spans: ['Wafa'] },
    { text: "Kojo's grandad came in to talk about growing up in Ghana", spans: ["Kojo's"] },
    { text: 'Ada, Bilal and Wen from my class were the stars of the science assembly', spans: ['Ada', 'Bilal', 'Wen'] },
    { text: 'Nesta, aged 7, has already written a three-chapter book', spans: ['Nesta'] },
    { text: 'Well done to Zakriya for getting his pen licence today', spans: ['Zakriya'] },
    { text: 'Leen S. finally cracked column addition today', spans: ['Leen S'] },
    // A list is one group: school life in its sentence makes every name in it a pupil's (issue 11).
    { text: 'Jiya, Anvi and Myra did a fab job running the cake sale for Children in Need', spans: ['Jiya', 'Anvi', 'Myra'] },
    { text: 'Stars of the week: Hodan, Kiaan, Matylda, Guled. Well deserved', spans: ['Hodan', 'Kiaan', 'Matylda', 'Guled'] },
    { text: 'Kudos to Ketsia, Rayssa and Jamiah for their brilliant recorder trio at the spring concert', spans: ['Ketsia', 'Rayssa', 'Jamiah'] },
    { text: 'eco council today: riddhi, prachi and divjot want to ban plastic straws', spans: ['riddhi', 'prachi', 'divjot'] },
    // A parent's child with school talk: "her son", "Mrs Shah's daughter", "their youngest".
    { text: 'Told Mrs Kaur at pick-up that her daughter Tvisha had been a superstar in assembly', spans: ['Tvisha'] },
    { text: "Mrs Shah's daughter Ashana got full marks on her times tables check!", spans: ['Ashana'] },
    { text: 'Their youngest, Ihsaan, joined Reception this week and already runs the home corner', spans: ['Ihsaan'] },
    // Early-years and school routines as class life; a performer after "watched"; "thank you to ... who".
    { text: 'Tidy up time and little Lavin put every single block back', spans: ['Lavin'] },
    { text: 'Watched Oluwatimilehin play Joseph in the nativity and he forgot nothing', spans: ['Oluwatimilehin'] },
    { text: 'A massive thank you to Fatehveer who stayed behind to stack the chairs after the school concert', spans: ['Fatehveer'] },
    { text: 'Comfort was so brave at the dentist talk in assembly', spans: ['Comfort'] },
    { text: "Ilinca and Sahra from the nursery room made me a 'cake' out of sand", spans: ['Ilinca', 'Sahra'] },
    { text: 'Aliye finished her first chapter book today and ran to show me', spans: ['Aliye'] },
    { text: 'Bumped into Mrs Ahmed whose son Zayyan is in my class', spans: ['Zayyan'] },
    { text: 'Gave Zuzanna a sticker for trying so hard', spans: ['Zuzanna'] },
    { text: 'Proud teacher moment: Ayaan got star of the week in my class', spans: ['Ayaan'] },
    { text: 'Well done to amara and kezia for the best poster in Year 3', spans: ['amara', 'kezia'] },
    { text: 'Tiago told me in registration that he is moving to Portugal', spans: ['Tiago'] },
    { text: 'Well done Ikenna, Zuzia and Rafferty - top readers!', spans: ['Ikenna', 'Zuzia', 'Rafferty'] },
    { text: "Bedirhan's dad emailed about the nits letter", spans: ["Bedirhan's"] },
    // The pupil, not the place after "from".
    { text: 'Vlada arrived from Kharkiv in March and was reading to my Y4s', spans: ['Vlada'] },
    // pupil6: helpers at a school event, rewards and calls home, word-names in a sentence about a person.
    { text: 'Thank you Olamide, Kacper and Elodie for selling raffle tickets at the summer fete', spans: ['Olamide', 'Kacper', 'Elodie'] },
    { text: 'Ngozi, Kacper and Elodie sold raffle tickets at the summer fete', spans: ['Ngozi', 'Kacper', 'Elodie'] },
    { text: 'Posted a praise postcard home to Ebenezer-Kofi for his kindness', spans: ['Ebenezer', 'Kofi'] },
    { text: 'The kindness cup this half term goes to Wiktoria', spans: ['Wiktoria'] },
    { text: 'massive thank u to amara n kezia for helping at the school disco', spans: ['amara', 'kezia'] },
    { text: 'Maisie in my class sang on the radio today!', spans: ['Maisie'] },
    { text: 'Precious has been such a thoughtful reading buddy this week', spans: ['Precious'] },
    { text: 'Jaroslav carefully explained his science fair project to the judges', spans: ['Jaroslav'] },
  ],
});
