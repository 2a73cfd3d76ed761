// Synthetic news claims for the matching benchmark: templates of the kinds of
// claims fact-checkers see (casualties, economic figures, votes, prices …)
// filled from word lists with a seeded PRNG. Claim k is a pure function of
// (seed, k), so a million claims need not be kept to ask for a rewording of
// claim k later: `claimText(k, 0)` is the stored wording, `claimText(k, 1)` the
// same facts as another newsroom writes them (other template form, other
// attribution, other number format).
import { mix32, splitMix32 } from '../../libs/extraction/src/matching/hashing';

type Rng = () => number;
type Slots = Record<string, string | number>;

interface Template {
  /** Draws the facts of one claim. */
  slots(rng: Rng): Slots;
  /** Wordings of the same facts: {name} is a slot, {name%} a percentage, {name#} a count. */
  forms: string[];
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const between = (rng: Rng, low: number, high: number): number => low + Math.floor(rng() * (high - low + 1));
/** Counts spread over orders of magnitude, like the numbers in the news. */
const count = (rng: Rng, low: number, high: number): number =>
  Math.round(Math.exp(Math.log(low) + rng() * (Math.log(high) - Math.log(low))));
const percent = (rng: Rng, high = 60): number => Math.round(rng() * high * 10) / 10 || 0.5;

const CITIES = `Aleppo Homs Idlib Raqqa Mosul Kirkuk Basra Sanaa Aden Taiz Benghazi Tripoli Misrata Gaza Rafah Hebron Kabul Kandahar Herat
Lahore Karachi Peshawar Quetta Dhaka Chittagong Kolkata Mumbai Delhi Chennai Jakarta Surabaya Manila Cebu Marawi Lagos Kano Maiduguri
Abuja Kinshasa Goma Bukavu Juba Khartoum Darfur Mogadishu Nairobi Mombasa Kampala Asmara Mekelle Harare Lusaka Maputo Beira
Caracas Maracaibo Bogota Medellin Cali Lima Quito Guayaquil Santiago Valparaiso Puebla Tijuana Juarez Monterrey Guadalajara
Kyiv Kharkiv Odesa Donetsk Luhansk Mariupol Minsk Moscow Grozny Tbilisi Yerevan Baku Istanbul Ankara Izmir Diyarbakir Athens Lesbos
Rome Naples Palermo Lampedusa Madrid Barcelona Paris Marseille Calais Brussels Berlin Hamburg Munich Dresden Vienna Warsaw Budapest
London Manchester Birmingham Glasgow Dublin Belfast Chicago Houston Phoenix Detroit Baltimore Atlanta Miami Oakland Portland Denver`
  .split(/\s+/)
  .filter(Boolean)
  .map((word) => word.replaceAll('-', ' '));
const DIRECTIONS = ['', '', '', 'eastern ', 'western ', 'northern ', 'southern ', 'central ', 'rural ', 'greater '];
const COUNTRIES =
  `Syria Iraq Yemen Libya Afghanistan Pakistan Bangladesh India Indonesia Philippines Nigeria Congo Sudan Somalia Kenya Uganda
Ethiopia Zimbabwe Zambia Mozambique Venezuela Colombia Peru Ecuador Chile Mexico Ukraine Belarus Russia Georgia Armenia Azerbaijan Turkey
Greece Italy Spain France Belgium Germany Austria Poland Hungary Britain Ireland Canada Brazil Argentina Japan China Vietnam Thailand
Egypt Morocco Algeria Tunisia Jordan Lebanon Iran Israel Norway Sweden Finland Denmark Portugal Romania Bulgaria Serbia`
    .split(/\s+/)
    .filter(Boolean);
const GROUPS = `people civilians children migrants refugees soldiers workers students patients residents voters tourists prisoners fighters
miners nurses teachers farmers passengers journalists protesters officers doctors pensioners fishermen pilgrims villagers shoppers
commuters pupils retirees drivers workers volunteers aid-workers shepherds truckers`
  .split(/\s+/)
  .filter(Boolean)
  .map((word) => word.replaceAll('-', ' '));
const EVENTS = [
  'an air strike',
  'a car bombing',
  'clashes',
  'floods',
  'an earthquake',
  'a fire',
  'a landslide',
  'artillery shelling',
  'a train crash',
  'a heatwave',
  'a cholera outbreak',
  'a suicide attack',
  'a stampede',
  'a storm',
  'a ferry disaster',
  'a building collapse',
  'a mine explosion',
  'a bus crash',
  'a drone strike',
  'a gas explosion',
  'mudslides',
  'a cyclone',
  'a dam burst',
  'a factory fire',
  'an ambush',
];
const COMPANIES =
  `Apple Samsung Huawei Tesla Volkswagen Toyota Siemens Nestle Unilever Amazon Walmart Boeing Airbus Nokia Ericsson Shell BP Total
Gazprom Rosneft Alibaba Tencent Sony Nissan Renault Fiat Ford Intel Microsoft Google Facebook Uber Netflix Spotify Ikea Zara Adidas Nike`
    .split(/\s+/)
    .filter(Boolean);
const PRODUCTS = `smartphones cars electric-cars laptops tablets aircraft trucks televisions game-consoles watches headphones tractors
buses motorcycles e-bikes refrigerators washing-machines printers cameras drones routers servers chips batteries solar-panels`
  .split(/\s+/)
  .filter(Boolean)
  .map((word) => word.replaceAll('-', ' '));
const INDICATORS = [
  ['unemployment', 'the jobless rate'],
  ['inflation', 'consumer price inflation'],
  ['the poverty rate', 'poverty'],
  ['youth unemployment', 'unemployment among young people'],
  ['food inflation', 'food prices'],
  ['the savings rate', 'household savings'],
  ['the home ownership rate', 'home ownership'],
  ['the birth rate', 'births'],
  ['the divorce rate', 'divorces'],
  ['the vacancy rate', 'job vacancies'],
  ['the obesity rate', 'obesity'],
  ['the smoking rate', 'smoking'],
  ['the school dropout rate', 'school dropouts'],
  ['the crime rate', 'recorded crime'],
  ['the murder rate', 'homicides'],
  ['the vaccination rate', 'vaccination coverage'],
  ['broadband coverage', 'access to fast internet'],
  ['the literacy rate', 'literacy'],
  ['the employment rate', 'employment'],
  ['the gender pay gap', 'the pay gap between men and women'],
  ['the tax burden', 'taxes as a share of income'],
  ['rent inflation', 'rents'],
  ['energy prices', 'the cost of energy'],
  ['petrol prices', 'fuel prices'],
  ['the interest rate', 'the central bank rate'],
  ['turnout', 'voter turnout'],
  ['the suicide rate', 'suicides'],
  ['child mortality', 'infant deaths'],
  ['the recycling rate', 'recycling'],
  ['underemployment', 'part-time work among those wanting more hours'],
] as const;
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const DISEASES = `measles cholera dengue malaria tuberculosis polio Ebola Zika influenza mumps diphtheria typhoid hepatitis meningitis
rabies yellow-fever whooping-cough scarlet-fever mpox chikungunya leprosy anthrax legionnaires'-disease bird-flu Lassa-fever`
  .split(/\s+/)
  .filter(Boolean)
  .map((word) => word.replaceAll('-', ' '));
const AID = ['food', 'medicine', 'flour', 'fuel', 'drinking water', 'tents', 'blankets', 'baby formula', 'medical supplies'];
const ORGS = [
  'the World Food Programme',
  'the Red Cross',
  'UNICEF',
  'the UN refugee agency',
  'Doctors Without Borders',
  'Save the Children',
  'the Red Crescent',
  'the European Union',
  'the World Health Organization',
];
const ARMIES = [
  'The Syrian army',
  'Government forces',
  'Rebel groups',
  'Kurdish fighters',
  'Iraqi troops',
  'The Taliban',
  'Islamic State militants',
];
const COMMODITIES = [
  ['oil', 'barrel'],
  ['gold', 'ounce'],
  ['wheat', 'tonne'],
  ['copper', 'tonne'],
  ['coffee', 'pound'],
  ['natural gas', 'cubic metre'],
  ['coal', 'tonne'],
  ['rice', 'tonne'],
  ['silver', 'ounce'],
  ['cocoa', 'tonne'],
  ['sugar', 'pound'],
  ['cotton', 'pound'],
  ['iron ore', 'tonne'],
  ['aluminium', 'tonne'],
  ['nickel', 'tonne'],
  ['lithium', 'tonne'],
  ['palm oil', 'tonne'],
  ['soybeans', 'bushel'],
  ['corn', 'bushel'],
  ['platinum', 'ounce'],
] as const;
const ENERGY = [
  'wind power',
  'solar power',
  'coal',
  'nuclear power',
  'natural gas',
  'hydropower',
  'renewable sources',
  'biomass',
  'geothermal energy',
  'oil',
  'imported electricity',
  'offshore wind',
];
const AREAS = `defence healthcare schools roads railways housing police pensions broadband flood-defences hospitals universities prisons
bridges ports airports water-pipes sewers childcare nursing-homes public-transport cycle-lanes social-housing border-security
coastal-protection research space-programmes farm-subsidies libraries sports-facilities`
  .split(/\s+/)
  .filter(Boolean)
  .map((word) => word.replaceAll('-', ' '));
const PARTIES = [
  'the ruling party',
  'the opposition',
  'the Greens',
  'the Social Democrats',
  'the conservatives',
  'the far-right party',
  'the Liberals',
];
const ELECTIONS = ['parliamentary election', 'presidential election', 'local elections', 'referendum', 'European election'];
const BILLS = ['budget', 'pension reform', 'security law', 'immigration bill', 'trade agreement', 'climate bill', 'tax reform'];
const PROTESTS = [
  'protests',
  'riots',
  'clashes with fans',
  'a banned march',
  'anti-government protests',
  'street fights',
  'a student demonstration',
  "a farmers' blockade",
  'looting',
  'a climate protest',
  'a strike rally',
  'a pro-democracy march',
  'clashes at a football match',
  'an illegal rave',
  'fuel price protests',
];
const SOURCES = [
  'officials',
  'the health ministry',
  'the interior ministry',
  'the defence ministry',
  'state media',
  'Reuters',
  'the Associated Press',
  'local media',
  'a monitoring group',
  'the United Nations',
  'the government',
  'the company',
  'police',
  'the statistics office',
  'a spokesman',
  'the central bank',
];
const REPORTING = ['said', 'said on Monday', 'said on Tuesday', 'reported', 'told reporters', 'said in a statement', 'announced'];
const COMPETITIONS = ['cup', 'league cup', 'champions league', 'regional championship', 'youth cup', "women's cup"];
const REGIONS = [
  'California',
  'Siberia',
  'Catalonia',
  'Bavaria',
  'Queensland',
  'Patagonia',
  'Anatolia',
  'Provence',
  'Andalusia',
  'Oregon',
  'Attica',
  'Sardinia',
  'Alberta',
  'Kerala',
  'Punjab',
];
const STRIKERS = [
  'rail workers',
  'teachers',
  'doctors',
  'dock workers',
  'civil servants',
  'pilots',
  'bus drivers',
  'nurses',
  'postal workers',
  'miners',
];
const CAMPS = ['Zaatari', 'Kakuma', 'Dadaab', 'Moria', 'Kutupalong', 'Azraq', 'Bidi Bidi', 'Rukban', 'al-Hol', 'Shatila'];
const OFFICIALS = [
  'prime minister',
  'finance minister',
  'mayor of the capital',
  'central bank governor',
  'defence minister',
  'health minister',
  'army chief',
];
const CRIMES = ['corruption', 'bribery', 'money laundering', 'abuse of power', 'tax fraud', 'embezzlement'];
const CLOSURE_REASONS = [
  'the heatwave',
  'air pollution',
  'a measles outbreak',
  'heavy snow',
  'the floods',
  "a teachers' strike",
  'security threats',
];
const UNITS_OF_MONEY = ['$', '€', '£'];
const QUALIFIERS = [
  (rng: Rng) => `, the highest level since ${between(rng, 1950, 2015)}`,
  (rng: Rng) => `, the lowest figure since ${between(rng, 1950, 2015)}`,
  (rng: Rng) => `, up from ${count(rng, 10, 90000).toLocaleString('en-US')} a year earlier`,
  (rng: Rng) => `, down from ${count(rng, 10, 90000).toLocaleString('en-US')} in ${between(rng, 2000, 2019)}`,
  (rng: Rng) =>
    `, ${pick(rng, ['double', 'triple', 'half', 'a third of', 'a quarter of', 'twice'])} the ${pick(rng, ["previous year's", "last year's", `${between(rng, 1990, 2019)}`, 'pre-war', 'national', 'regional'])} ${pick(rng, ['figure', 'total', 'level', 'average', 'rate'])}`,
  (rng: Rng) =>
    `, ${pick(rng, ['according to', 'based on', 'in line with'])} ${pick(rng, ['preliminary', 'official', 'provisional', 'revised'])} ${pick(rng, ['figures', 'data', 'estimates', 'statistics'])}`,
  (rng: Rng) =>
    ` despite ${pick(rng, ['the fighting', 'heavy rain', 'the sanctions', 'a strike by pilots', 'the curfew', 'a blockade', 'the lockdown'])}`,
  (rng: Rng) => ` for the first time since ${between(rng, 1960, 2018)}`,
];

const place = (rng: Rng): string => pick(rng, DIRECTIONS) + pick(rng, CITIES);
const year = (rng: Rng): number => between(rng, 1995, 2024);

const TEMPLATES: Template[] = [
  {
    slots: (rng) => ({
      n: count(rng, 2, 5000),
      group: pick(rng, GROUPS),
      event: pick(rng, EVENTS),
      place: place(rng),
      month: pick(rng, MONTHS),
      year: year(rng),
    }),
    forms: [
      '{n#} {group} were killed in {event} in {place} in {month} {year}',
      '{event} in {place} killed {n#} {group} in {month} {year}',
      'In {month} {year}, {n#} {group} died in {event} in {place}',
    ],
  },
  {
    slots: (rng) => {
      const [a, b] = pick(rng, INDICATORS);
      return {
        a,
        b,
        country: pick(rng, COUNTRIES),
        p: percent(rng, 30),
        month: pick(rng, MONTHS),
        year: year(rng),
        move: pick(rng, ['rose', 'fell']),
      };
    },
    forms: [
      '{a} in {country} {move} to {p%} in {month} {year}',
      "{country}'s {a} {move} to {p%} in {month} {year}",
      'In {month} {year}, {b} in {country} {move} to {p%}',
    ],
  },
  {
    slots: (rng) => ({
      company: pick(rng, COMPANIES),
      n: count(rng, 1000, 90_000_000),
      product: pick(rng, PRODUCTS),
      quarter: pick(rng, ['first', 'second', 'third', 'fourth']),
      year: year(rng),
    }),
    forms: [
      '{company} sold {n#} {product} in the {quarter} quarter of {year}',
      'In the {quarter} quarter of {year}, {company} sold {n#} {product}',
      '{company} sold {n#} {product} in the {quarter} three months of {year}',
    ],
  },
  {
    slots: (rng) => ({
      n: count(rng, 100, 2_000_000),
      group: pick(rng, ['migrants', 'refugees', 'asylum seekers', 'people']),
      to: pick(rng, COUNTRIES),
      from: pick(rng, COUNTRIES),
      year: year(rng),
    }),
    forms: [
      '{n#} {group} crossed into {to} from {from} in {year}',
      'In {year}, {n#} {group} crossed from {from} into {to}',
      '{to} took in {n#} {group} from {from} in {year}',
    ],
  },
  {
    slots: (rng) => ({
      country: pick(rng, COUNTRIES),
      money: count(rng, 1, 900),
      unit: pick(rng, ['million', 'billion']),
      cur: pick(rng, ['$', '€', '£']),
      area: pick(rng, AREAS),
      k: between(rng, 2, 12),
    }),
    forms: [
      '{country} will spend {cur}{money} {unit} on {area} over the next {k#} years',
      'Over the next {k#} years, {country} plans to spend {cur}{money} {unit} on {area}',
      '{country} is to spend {cur}{money} {unit} on {area} in the next {k#} years',
    ],
  },
  {
    slots: (rng) => ({
      party: pick(rng, PARTIES),
      p: percent(rng, 55),
      year: year(rng),
      election: pick(rng, ELECTIONS),
      country: pick(rng, COUNTRIES),
    }),
    forms: [
      '{party} won {p%} of the vote in the {year} {election} in {country}',
      "In {country}'s {year} {election}, {party} won {p%} of the vote",
      '{party} took {p%} of the vote in the {year} {election} in {country}',
    ],
  },
  {
    slots: (rng) => ({
      n: count(rng, 3, 900),
      protests: pick(rng, PROTESTS),
      place: place(rng),
      day: pick(rng, ['Saturday', 'Sunday', 'Friday']),
    }),
    forms: [
      'Police arrested {n#} people after {protests} in {place} on {day}',
      '{n#} people were arrested by police after {protests} in {place}',
      'Police detained {n#} people following {protests} in {place} on {day}',
    ],
  },
  {
    slots: (rng) => ({ org: pick(rng, ORGS), n: count(rng, 10, 90000), aid: pick(rng, AID), place: place(rng), month: pick(rng, MONTHS) }),
    forms: [
      '{org} delivered {n#} tonnes of {aid} to {place} in {month}',
      'In {month}, {n#} tonnes of {aid} were delivered to {place} by {org}',
      '{org} brought {n#} tonnes of {aid} into {place} in {month}',
    ],
  },
  {
    slots: (rng) => {
      const y1 = between(rng, 1980, 2010);
      return { place: pick(rng, CITIES), p: percent(rng, 40), y1, y2: y1 + between(rng, 5, 12), move: pick(rng, ['grew', 'fell']) };
    },
    forms: [
      'The population of {place} {move} by {p%} between {y1} and {y2}',
      "{place}'s population {move} {p%} from {y1} to {y2}",
      "Between {y1} and {y2}, {place}'s population {move} by {p%}",
    ],
  },
  {
    slots: (rng) => ({ company: pick(rng, COMPANIES), n: count(rng, 50, 40000), country: pick(rng, COUNTRIES), year: year(rng) }),
    forms: [
      '{company} will cut {n#} jobs in {country} by {year}',
      'By {year}, {company} plans to cut {n#} jobs in {country}',
      '{company} is to cut {n#} jobs in {country} by the end of {year}',
    ],
  },
  {
    slots: (rng) => ({
      n: count(rng, 5, 500000),
      disease: pick(rng, DISEASES),
      place: place(rng),
      month: pick(rng, MONTHS),
      year: year(rng),
    }),
    forms: [
      '{n#} cases of {disease} were reported in {place} in {month} {year}',
      '{place} reported {n#} cases of {disease} in {month} {year}',
      'In {month} {year}, {n#} {disease} cases were recorded in {place}',
    ],
  },
  {
    slots: (rng) => ({ army: pick(rng, ARMIES), p: between(rng, 5, 99), place: place(rng) }),
    forms: ['{army} has retaken {p%} of {place}', '{army} now controls {p%} of {place}', '{army} have taken back {p%} of {place}'],
  },
  {
    slots: (rng) => {
      const [commodity, unit] = pick(rng, COMMODITIES);
      return { commodity, unit, money: count(rng, 2, 2000), move: pick(rng, ['fell below', 'rose above']), year: between(rng, 1970, 2018) };
    },
    forms: [
      '{commodity} prices {move} ${money} a {unit} for the first time since {year}',
      'For the first time since {year}, {commodity} prices {move} ${money} a {unit}',
      'The price of {commodity} {move} ${money} per {unit}, the first time since {year}',
    ],
  },
  {
    slots: (rng) => {
      const n = count(rng, 100, 90000);
      return { n, m: Math.round(n * (0.2 + rng() * 0.5)), place: place(rng), month: pick(rng, MONTHS) };
    },
    forms: [
      '{n#} people, including {m#} children, have left {place} through humanitarian corridors in {month}',
      '{n#} people including {m#} children left {place} via humanitarian corridors in {month}',
      'In {month}, {n#} people, {m#} of them children, left {place} through humanitarian corridors',
    ],
  },
  {
    slots: (rng) => {
      const a = between(rng, 51, 400);
      return {
        a,
        b: between(rng, 10, a - 1),
        country: pick(rng, COUNTRIES),
        bill: pick(rng, BILLS),
        house: pick(rng, ['parliament', 'senate', 'lower house']),
      };
    },
    forms: [
      'The {house} of {country} voted {a#} to {b#} to approve the {bill}',
      "{country}'s {house} approved the {bill} by {a#} votes to {b#}",
      "The {bill} was approved by {country}'s {house} by {a#} votes to {b#}",
    ],
  },
  {
    slots: (rng) => {
      const [measure, unit, low, high] = pick(rng, [
        ['temperatures', 'degrees Celsius', 35, 52],
        ['rainfall', 'millimetres', 80, 900],
        ['wind gusts', 'kilometres per hour', 90, 260],
        ['snowfall', 'centimetres', 40, 300],
        ['ozone levels', 'micrograms per cubic metre', 150, 400],
        ['river levels', 'centimetres', 400, 1200],
      ] as const);
      return {
        place: pick(rng, CITIES),
        measure,
        unit,
        t: between(rng, low, high),
        day: between(rng, 1, 28),
        month: pick(rng, MONTHS),
        year: year(rng),
      };
    },
    forms: [
      '{measure} in {place} reached {t} {unit} on {day} {month} {year}, a record',
      'A record {t} {unit} of {measure} was measured in {place} on {month} {day}, {year}',
      '{place} recorded record {measure} of {t} {unit} on {day} {month} {year}',
    ],
  },
  {
    slots: (rng) => ({ country: pick(rng, COUNTRIES), p: percent(rng, 90), source: pick(rng, ENERGY), year: year(rng) }),
    forms: [
      '{country} generated {p%} of its electricity from {source} in {year}',
      "{source} provided {p%} of {country}'s electricity in {year}",
      "In {year}, {p%} of {country}'s electricity came from {source}",
    ],
  },
  {
    slots: (rng) => {
      const y1 = between(rng, 1990, 2015);
      return {
        country: pick(rng, COUNTRIES),
        n: count(rng, 10, 20000),
        road: pick(rng, ['motorway', 'railway', 'high-speed rail', 'roads', 'bike lanes', 'pipeline']),
        y1,
        y2: y1 + between(rng, 2, 9),
      };
    },
    forms: [
      '{country} built {n#} kilometres of {road} between {y1} and {y2}',
      'Between {y1} and {y2}, {n#} kilometres of {road} were built in {country}',
      '{n#} km of {road} were built in {country} from {y1} to {y2}',
    ],
  },
  {
    slots: (rng) => ({
      p: percent(rng, 95),
      group: pick(rng, [
        'students',
        'pupils',
        'applicants',
        'candidates',
        'trainee teachers',
        'medical students',
        'law graduates',
        'army recruits',
      ]),
      country: pick(rng, COUNTRIES),
      exam: pick(rng, [
        'final exams',
        'entrance exam',
        'maths test',
        'driving test',
        'bar exam',
        'reading test',
        'language test',
        'fitness test',
        'science olympiad',
        'citizenship test',
        'physics exam',
        'history exam',
      ]),
      year: year(rng),
    }),
    forms: [
      '{p%} of {group} in {country} passed the {exam} in {year}',
      "In {year}, {p%} of {country}'s {group} passed the {exam}",
      'Only {p%} of {group} in {country} passed the {exam} in {year}',
    ],
  },
  {
    slots: (rng) => ({
      country: pick(rng, COUNTRIES),
      n: count(rng, 2, 300),
      year: year(rng),
      what: pick(rng, [
        'journalists',
        'activists',
        'opposition politicians',
        'lawyers',
        'bloggers',
        'aid workers',
        'students',
        'trade unionists',
        'priests',
        'rappers',
        'football fans',
        'environmentalists',
        'doctors',
        'academics',
        'poets',
      ]),
    }),
    forms: [
      '{country} jailed {n#} {what} in {year}',
      'In {year}, {n#} {what} were jailed in {country}',
      '{n#} {what} were put in prison in {country} in {year}',
    ],
  },
  {
    slots: (rng) => ({
      team: `${pick(rng, CITIES)} ${pick(rng, ['United', 'City', 'FC', 'Rovers', 'Athletic'])}`,
      team2: `${pick(rng, CITIES)} ${pick(rng, ['United', 'City', 'FC', 'Rovers', 'Athletic'])}`,
      a: between(rng, 1, 7),
      b: between(rng, 0, 3),
      competition: pick(rng, COMPETITIONS),
      year: year(rng),
    }),
    forms: [
      '{team} beat {team2} {a}-{b} in the {year} {competition} final',
      'In the {year} {competition} final, {team} defeated {team2} {a}-{b}',
      '{team2} lost {b}-{a} to {team} in the final of the {year} {competition}',
    ],
  },
  {
    slots: (rng) => ({
      n: count(rng, 5, 20000),
      drug: pick(rng, [
        'cocaine',
        'heroin',
        'cannabis',
        'methamphetamine',
        'fentanyl',
        'captagon pills',
        'ecstasy',
        'ivory',
        'rhino horn',
        'counterfeit cigarettes',
        'smuggled gold',
        'pangolin scales',
      ]),
      site: pick(rng, ['the port', 'the airport', 'the border crossing', 'the main train station', 'a warehouse']),
      place: pick(rng, CITIES),
      month: pick(rng, MONTHS),
      year: year(rng),
    }),
    forms: [
      '{n#} kilograms of {drug} were seized at {site} of {place} in {month} {year}',
      'Customs officers seized {n#} kg of {drug} at {site} of {place} in {month} {year}',
      'In {month} {year}, police found {n#} kilograms of {drug} at {site} of {place}',
    ],
  },
  {
    slots: (rng) => ({
      place: pick(rng, CITIES),
      what: pick(rng, [
        'house prices',
        'rents',
        'office rents',
        'land prices',
        'flat prices',
        'parking fees',
        'student rents',
        'shop rents',
      ]),
      p: percent(rng, 25),
      year: year(rng),
      cur: pick(rng, UNITS_OF_MONEY),
      money: count(rng, 500, 2_000_000),
    }),
    forms: [
      'Average {what} in {place} rose {p%} in {year} to {cur}{money#}',
      'In {place} {what} went up by {p%} in {year}, to an average of {cur}{money#}',
      '{what} in {place} increased {p%} in {year}, reaching {cur}{money#} on average',
    ],
  },
  {
    slots: (rng) => ({
      place: pick(rng, CITIES),
      facility: pick(rng, [
        'airport',
        'main railway station',
        'seaport',
        'metro',
        'bus terminal',
        'ferry terminal',
        'cruise terminal',
        'tram network',
      ]),
      n: Math.round(rng() * 800) / 10 + 1,
      year: year(rng),
    }),
    forms: [
      'The {facility} of {place} handled {n} million passengers in {year}',
      'In {year}, {n} million passengers passed through the {facility} of {place}',
      '{n} million passengers used the {place} {facility} in {year}',
    ],
  },
  {
    slots: (rng) => ({
      country: pick(rng, COUNTRIES),
      land: pick(rng, ['forest', 'wetlands', 'farmland', 'mangroves', 'peatland', 'grassland', 'rainforest', 'coastal dunes']),
      n: count(rng, 1000, 5_000_000),
      year: year(rng),
    }),
    forms: [
      '{country} lost {n#} hectares of {land} in {year}',
      "In {year}, {n#} hectares of {country}'s {land} were destroyed",
      '{n#} hectares of {land} were lost in {country} in {year}',
    ],
  },
  {
    slots: (rng) => ({
      country: pick(rng, COUNTRIES),
      sector: pick(rng, [
        'health care',
        'education',
        'defence',
        'research',
        'culture',
        'pensions',
        'foreign aid',
        'infrastructure',
        'policing',
        'farming subsidies',
      ]),
      p: percent(rng, 18),
      year: year(rng),
    }),
    forms: [
      '{country} spent {p%} of its GDP on {sector} in {year}',
      "Spending on {sector} was {p%} of {country}'s GDP in {year}",
      "In {year}, {sector} took {p%} of {country}'s GDP",
    ],
  },
  {
    slots: (rng) => ({ n: count(rng, 10, 30000), region: pick(rng, REGIONS), month: pick(rng, MONTHS), year: year(rng) }),
    forms: [
      'Wildfires destroyed {n#} homes in {region} in {month} {year}',
      '{n#} houses burned down in wildfires in {region} in {month} {year}',
      'In {month} {year}, wildfires in {region} destroyed {n#} homes',
    ],
  },
  {
    slots: (rng) => ({
      n: count(rng, 100, 3_000_000),
      workers: pick(rng, STRIKERS),
      country: pick(rng, COUNTRIES),
      day: between(rng, 1, 28),
      month: pick(rng, MONTHS),
    }),
    forms: [
      '{n#} {workers} went on strike in {country} on {day} {month}',
      'On {day} {month}, {n#} {workers} in {country} walked out',
      '{n#} {workers} across {country} joined the strike on {month} {day}',
    ],
  },
  {
    slots: (rng) => ({
      company: pick(rng, COMPANIES),
      n: Math.round(rng() * 900) / 10 + 1,
      country: pick(rng, COUNTRIES),
      year: year(rng),
    }),
    forms: [
      '{company} had {n} million monthly users in {country} in {year}',
      'In {year}, {company} counted {n} million users a month in {country}',
      '{n} million people in {country} used {company} every month in {year}',
    ],
  },
  {
    slots: (rng) => ({ camp: pick(rng, CAMPS), country: pick(rng, COUNTRIES), from: pick(rng, COUNTRIES), n: count(rng, 1000, 900_000) }),
    forms: [
      'The {camp} camp in {country} houses {n#} refugees from {from}',
      "{n#} refugees from {from} live in {country}'s {camp} camp",
      'Some {n#} people who fled {from} are living in the {camp} camp in {country}',
    ],
  },
  {
    slots: (rng) => ({
      official: pick(rng, OFFICIALS),
      country: pick(rng, COUNTRIES),
      k: between(rng, 2, 25),
      crime: pick(rng, CRIMES),
      year: year(rng),
    }),
    forms: [
      "{country}'s former {official} was sentenced to {k#} years in prison for {crime} in {year}",
      'In {year}, a court in {country} jailed the former {official} for {k#} years for {crime}',
      "{country}'s ex-{official} got a {k#}-year prison sentence for {crime} in {year}",
    ],
  },
  {
    slots: (rng) => ({ n: count(rng, 5, 5000), place: place(rng), reason: pick(rng, CLOSURE_REASONS), month: pick(rng, MONTHS) }),
    forms: [
      '{n#} schools in {place} were closed in {month} because of {reason}',
      'Because of {reason}, {n#} schools were shut in {place} in {month}',
      '{reason} forced {n#} schools in {place} to close in {month}',
    ],
  },
  {
    slots: (rng) => ({
      country: pick(rng, COUNTRIES),
      p: percent(rng, 30),
      cur: pick(rng, UNITS_OF_MONEY),
      money: count(rng, 1, 800),
      year: year(rng),
    }),
    forms: [
      '{country} raised its defence budget by {p%} to {cur}{money} billion in {year}',
      'In {year}, {country} increased military spending {p%} to {cur}{money} billion',
      "{country}'s defence budget grew {p%} to {cur}{money} billion in {year}",
    ],
  },
  {
    slots: (rng) => ({ country: pick(rng, COUNTRIES), from: pick(rng, COUNTRIES), n: Math.round(rng() * 900) / 10 + 0.5, year: year(rng) }),
    forms: [
      '{country} welcomed {n} million tourists from {from} in {year}',
      '{n} million tourists from {from} visited {country} in {year}',
      'In {year}, {country} received {n} million visitors from {from}',
    ],
  },
  {
    slots: (rng) => ({
      country: pick(rng, COUNTRIES),
      cause: pick(rng, [
        'road accidents',
        'drowning',
        'workplace accidents',
        'heat stroke',
        'drug overdoses',
        'gun violence',
        'house fires',
        'avalanches',
        'snake bites',
        'lightning strikes',
        'air pollution',
        'carbon monoxide poisoning',
      ]),
      n: count(rng, 50, 60000),
      year: year(rng),
    }),
    forms: [
      '{n#} people died of {cause} in {country} in {year}',
      '{cause} killed {n#} people in {country} in {year}',
      'In {year}, {n#} people in {country} lost their lives to {cause}',
    ],
  },
  {
    slots: (rng) => ({
      country: pick(rng, COUNTRIES),
      wage: pick(rng, [
        'minimum wage',
        'average wage',
        'starting pay for teachers',
        'pay for nurses',
        'pay for care workers',
        'wage for farm workers',
        'pay for police officers',
        'wage for apprentices',
      ]),
      cur: pick(rng, UNITS_OF_MONEY),
      money: Math.round(rng() * 2000) / 100 + 1,
      year: year(rng),
    }),
    forms: [
      'In {country} the {wage} rose to {cur}{money} an hour in {year}',
      'In {year}, the {wage} in {country} went up to {cur}{money} per hour',
      "{country}'s hourly {wage} rose to {cur}{money} in {year}",
    ],
  },
  {
    slots: (rng) => ({
      n: Math.round(rng() * 400) / 10 + 0.2,
      country: pick(rng, COUNTRIES),
      need: pick(rng, [
        'acute hunger',
        'a lack of clean water',
        'daily power cuts',
        'a shortage of medicines',
        'homelessness',
        'extreme poverty',
        'a lack of sanitation',
        'unpaid wages',
      ]),
      org: pick(rng, ORGS),
      year: year(rng),
    }),
    forms: [
      '{n} million people in {country} faced {need} in {year}, {org} warned',
      '{need} affected {n} million people in {country} in {year}',
      'In {year}, {n} million people in {country} suffered from {need}',
    ],
  },
  {
    slots: (rng) => ({
      country: pick(rng, COUNTRIES),
      gas: pick(rng, [
        'carbon dioxide',
        'methane',
        'nitrous oxide',
        'sulphur dioxide',
        'soot',
        'fine particle',
        'ammonia',
        'nitrogen oxide',
      ]),
      p: percent(rng, 15),
      year: year(rng),
      move: pick(rng, ['fell', 'rose']),
    }),
    forms: [
      "{country}'s {gas} emissions {move} {p%} in {year}",
      'In {year}, {gas} emissions in {country} {move} by {p%}',
      'Emissions of {gas} in {country} {move} {p%} in {year}',
    ],
  },
  {
    slots: (rng) => ({
      measure: pick(rng, [
        'public debt',
        'the budget deficit',
        'household debt',
        'foreign debt',
        'pension spending',
        'the trade deficit',
        'tax revenue',
        'the current account deficit',
        'education spending',
        'interest payments',
      ]),
      country: pick(rng, COUNTRIES),
      p: between(rng, 1, 240),
      year: year(rng),
    }),
    forms: [
      "{country}'s {measure} reached {p%} of GDP at the end of {year}",
      'At the end of {year}, {measure} in {country} stood at {p%} of GDP',
      "{measure} in {country} was {p%} of the country's GDP at the end of {year}",
    ],
  },
  {
    slots: (rng) => ({
      country: pick(rng, COUNTRIES),
      to: pick(rng, COUNTRIES),
      cur: pick(rng, UNITS_OF_MONEY),
      money: count(rng, 1, 900),
      y1: between(rng, 1995, 2015),
      k: between(rng, 2, 8),
    }),
    forms: [
      '{country} sold {cur}{money} million worth of weapons to {to} in {y1}',
      'In {y1}, {to} bought {cur}{money} million of arms from {country}',
      "{country}'s arms sales to {to} were worth {cur}{money} million in {y1}",
    ],
  },
];

const SMALL_NUMBER_WORDS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );

function formatCount(n: number, rng: Rng): string {
  if (n < 20 && rng() < 0.5) return SMALL_NUMBER_WORDS[n] as string;
  if (n >= 1_000_000 && rng() < 0.5) return `${Math.round(n / 100_000) / 10} million`;
  return rng() < 0.7 ? n.toLocaleString('en-US') : String(n);
}

function formatPercent(p: number, rng: Rng): string {
  const r = rng();
  return r < 0.4 ? `${p} percent` : r < 0.8 ? `${p}%` : `${p} per cent`;
}

function render(form: string, slots: Slots, rng: Rng): string {
  return form.replace(/\{(\w+)([%#]?)\}/g, (_, name: string, kind: string) => {
    const value = slots[name] as string | number;
    if (kind === '%') return formatPercent(value as number, rng);
    if (kind === '#') return formatCount(value as number, rng);
    return String(value);
  });
}

/** "In 2015, …" after "X said" becomes "in 2015, …"; names keep their capital. */
function lowerOpeningWord(text: string): string {
  return /^(In|For|The|Over|By|Between|Only|A|Police) /.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How one article words a claim: form, attribution, number formats. */
function attribute(sentence: string, rng: Rng): string {
  const style = rng();
  const source = pick(rng, SOURCES);
  if (style < 0.35) return `${capitalise(sentence)}, ${source} ${pick(rng, REPORTING)}.`;
  if (style < 0.6) return `${capitalise(source)} said ${lowerOpeningWord(sentence)}.`;
  if (style < 0.75) return `According to ${source}, ${sentence}.`;
  return `${capitalise(sentence)}.`;
}

/** A seeded generator of floats in [0, 1). */
function uniform(seed: number): Rng {
  const next = splitMix32(seed);
  return () => next() / 0x1_0000_0000;
}

export class SyntheticClaims {
  constructor(private readonly seed: number) {}

  /** Wording `variant` of claim k: variant 0 is the stored one, others are rewordings of the same facts. */
  claimText(k: number, variant: number): string {
    return this.render(k, variant, k);
  }

  /** Claim k's template and wording with other facts (slots drawn afresh): same phrasing, a different claim. */
  siblingText(k: number): string {
    return this.render(k, 0, k + 0x4000_0000);
  }

  private render(k: number, variant: number, factsKey: number): string {
    const templateRng = uniform(mix32(this.seed ^ mix32(k + 1)));
    const template = pick(templateRng, TEMPLATES);
    const firstForm = Math.floor(templateRng() * template.forms.length);
    const factsRng = factsKey === k ? templateRng : uniform(mix32(this.seed ^ mix32(factsKey + 1)));
    const slots = template.slots(factsRng);
    const qualifier = factsRng() < 0.5 ? pick(factsRng, QUALIFIERS)(factsRng) : '';
    const form = template.forms[(firstForm + variant) % template.forms.length] as string;
    const wordingRng = uniform(mix32(this.seed ^ mix32(k + 1) ^ mix32(variant + 0x1234)));
    return attribute(render(form, slots, wordingRng) + qualifier, wordingRng);
  }
}
