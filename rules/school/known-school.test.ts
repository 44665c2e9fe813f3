import { testRule } from '../../tests/helpers/rule-tester.ts';
import rule from './known-school.ts';

testRule(rule, {
  valid: [
    // Session school13: a name after "missing"/"left" with no leaving from a job in the post.
    'Missing Gorse Ride already, the walks there were gorgeous',
    // Session places9 (shared/other-school.ts, known-school): kinds of school, documentaries, books, fees, hearsay, a relative's school.
    'Thinking about grammar schools versus comprehensives',
    'There is a documentary about Gordonstoun School on tonight',
    'Great book about life at Rugby School in the 1850s',
    'Roedean School fees are eye-watering',
    'My nephew has just started at Bramhall High',
    // Session places10: a regional paper by its name, and what others say.
    'Bramhall High is in the Manchester Evening News for its chess team',
    'Bramhall High gets a new sports hall next year, according to the council',
    'Bramhall High is closed today because of the snow, says the council website',
    // Session places8 (shared/other-school.ts): another school in the local paper.
    'Highgate Primary in the local paper for their allotment project, lovely idea',
    'We walked through Hyde Park and had lunch by the lake.',
    'My primary school teacher would be proud',
    'Sunday School at church was lovely',
    'Forest School this afternoon: mud everywhere',
    'Trip to Harrow on the Hill to see the view',
    'Went to the local high school open evening', // no name
    'green lane school run was chaos', // everyday words need capitals
    'Harry Potter and the school of wizardry',
    'Bramhall High Street is closed for the parade', // a street, not the school
    'Spice Girls reunion tour tickets',
    // A school's stem without its type word, and nothing tying it to school life: a place.
    'Walked round Benton Park lake, swans everywhere',
    'Lovely day at Benton Park with the dog',
    "St Mary's Church choir practice moved to Thursday",
    'St Mark\'s Church has a new vicar',
    'Tatworth village fete is next Saturday, dog show at 2',
    'My mum was head of Pitmaston\'s maths society back in the day',
    // A department, not a school: "head of English", "head of Music".
    'The new head of English has been brilliant. Fresh ideas, listens, brings biscuits.',
    'Our head of Music is leaving at Easter, gutted',
    // A stem that starts with a first name is a person near a year group ("Florence Nightingale topic").
    'Florence Nightingale topic launch today, Year 2 made the most amazing lamps',
    "Off to my daughter Grace's nativity, bring tissues",
    // Welsh schools' stems are places: alone, with nothing about school, they stay places.
    'Beautiful walk along the Glan Conwy estuary this morning',
    'Traffic through Cwm Rhondda is awful again',
    'Bro Morgannwg council have changed the bin day',
    'Amlwch harbour was gorgeous at sunset',
    'Lunch in Cwmbran shopping centre then home',
    'Cwmbran High Street is heaving today',
    'Y Garnedd? Never heard of it, is that near Bangor?',
    'Parkrun at Pen y Bont this morning, new PB!',
    // Session places7: another school in the news, the writer's own old school.
    'Great piece in the Guardian on how Ark John Keats Academy teaches reading',
    'Read about St Ambrose Barlow RC High in the news this morning',
    "My old school, Bishop Vesey's Grammar School, has a new building",
  ],
  invalid: [
    // Session school13: a listed name without its type word, missed or left after the writer's leaving do.
    { text: 'Had my leaving do on Friday, cried into my prosecco. Missing Gorse Ride already.', spans: ['Gorse Ride'] },
    { text: 'Last day today after nine years. Leaving Gorse Ride is the hardest thing I have done', spans: ['Gorse Ride'] },
    { text: 'My nephew has just started at Bramhall High, where I teach', spans: ['Bramhall High'] },
    { text: 'Interview at Oakfield Primary School tomorrow!', spans: ['Oakfield Primary School'], reasons: ['school in England'] },
    { text: 'so proud of everyone at brookhurst primary today', spans: ['brookhurst primary'] },
    { text: "First day at St Bede's Catholic Primary", spans: ["St Bede's Catholic Primary"] },
    { text: 'Cheadle Hulme School won the cup', spans: ['Cheadle Hulme School'] },
    { text: 'Our Green Lane Primary choir sang beautifully', spans: ['Green Lane Primary'] },
    { text: 'Supply day at Harris Academy South Norwood', spans: ['Harris Academy South Norwood'] },
    { text: 'I used to teach at the Aldgate School in the city', spans: ['Aldgate School'] },
    { text: 'Bramhall High results day, so proud of this year group', spans: ['Bramhall High'] },
    { text: 'Open evening at Tiffin Girls tonight', spans: ['Tiffin Girls'] },
    // The stem alone, tied to school life by a qualifier, a group or event, a role before it, or a cue nearby.
    { text: 'Lambourn CofE had the bishop in today', spans: ['Lambourn CofE'] },
    { text: "St Cuthbert's RC High in Rochdale, class of 2006", spans: ["St Cuthbert's RC High"] },
    { text: 'Cann Hall parents, the raffle winners are up on the gate', spans: ['Cann Hall'] },
    { text: 'Cliffe Woods choir at the O2 tonight', spans: ['Cliffe Woods'] },
    { text: 'Anyone else exhausted after the Gallions Christmas fair?', spans: ['Gallions'] },
    { text: 'So the Castle Rock year 11s smashed their mocks', spans: ['Castle Rock'] },
    { text: 'Say goodbye to Mr Pearce, caretaker at Ladywood for 31 years', spans: ['Ladywood'] },
    { text: 'Just had a cuppa with the head of Stoke Lodge', spans: ['Stoke Lodge'] },
    { text: 'Farsley Springbank have got their Ofsted letter', spans: ['Farsley Springbank'] },
    { text: 'Sharing for a friend: Kearsley West need volunteers for the summer fair', spans: ['Kearsley West'] },
    { text: 'Week one at Sir William Robertson done', spans: ['Sir William Robertson'] },
    { text: 'First day at Benton Park tomorrow, nervous', spans: ['Benton Park'] },
    { text: 'The office at Cann Hall rang about the trip', spans: ['Cann Hall'] },
    // Schools in Wales, from the Welsh Government's list.
    { text: 'Cwmbran High parents evening tonight, wish me luck', spans: ['Cwmbran High'], reasons: ['school in England or Wales'] },
    { text: 'Y Garnedd parents, the Christmas fair is on Friday', spans: ['Y Garnedd'] },
    { text: 'Supply day at Bro Edern tomorrow', spans: ['Bro Edern'] },
    { text: 'Gowerton Comprehensive have a new head', spans: ['Gowerton Comprehensive'] },
    { text: 'maesteg comprehensive school open evening is on thursday', spans: ['maesteg comprehensive school'] },
    { text: 'Estyn are in at Dyffryn Conwy next week', spans: ['Dyffryn Conwy'] },
    { text: 'Eisteddfod results for Bro Myrddin pupils were brilliant', spans: ['Bro Myrddin'] },
    { text: 'Interview at Amlwch Primary on Monday', spans: ['Amlwch Primary'] },
    { text: 'TA vacancy at Pen y Pil, lovely team', spans: ['Pen y Pil'] },
    // Session places7: "our" keeps a school in the news the writer's.
    { text: 'Our Year 6s at Storrington Primary School were in the paper this week', spans: ['Storrington Primary School'] },
  ],
});
