// The built-in demo data set: a few realistic (but fictitious) TBT notifications with their
// follow-ups, notified texts and reference standards, so a first-time user can try the whole
// workflow with no file of their own. Deadlines are computed from the day the demo is loaded, so
// the demo always has a notification near its deadline and one past it.
import type { CodeEntry, Notification, NotificationType } from '../../shared/domain/notification';
import { parseSymbol } from '../../shared/domain/symbol';

/** The bundled PDFs, by the file name they have in resources/demo. */
export type DemoPdfFile =
  | 'eu-toys.pdf'
  | 'iso-8124-1-excerpt-demo.pdf'
  | 'chn-ebike-battery.pdf'
  | 'iec-62133-2-excerpt-demo.pdf'
  | 'usa-magnets.pdf'
  | 'astm-f963-excerpt-demo.pdf'
  | 'bra-appliances.pdf'
  | 'iec-60335-1-excerpt-demo.pdf';

export interface DemoDocument {
  notificationId: string;
  file: DemoPdfFile;
  language: string;
  pageCount: number;
}

export interface DemoStandard {
  identifier: string;
  title: string;
  file: DemoPdfFile;
  pageCount: number;
}

export const DEMO_SOURCE = 'demo';

/** `today` (yyyy-mm-dd) moved by `days`, in calendar days. */
export function addDays(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

type DemoFields = Omit<
  Notification,
  'id' | 'agreement' | 'memberCode' | 'number' | 'suffixes' | 'baseSymbol' | 'parentSymbol' | 'source' | 'importedAt' | 'updatedAt' | 'links'
>;

function record(symbol: string, fields: DemoFields, now: string): Notification {
  const parsed = parseSymbol(symbol);
  if (!parsed.ok) throw new Error(`demo symbol ${symbol} does not parse`);
  const s = parsed.symbol;
  return {
    id: s.symbol,
    agreement: s.agreement,
    memberCode: s.memberCode,
    number: s.number,
    suffixes: s.suffixes,
    baseSymbol: s.baseSymbol,
    parentSymbol: s.parentSymbol,
    ...fields,
    links: [],
    source: DEMO_SOURCE,
    importedAt: now,
    updatedAt: now,
  };
}

const HS_TOYS: CodeEntry[] = [
  { code: '9503', description: 'Tricycles, scooters, pedal cars and similar wheeled toys; dolls; other toys; puzzles' },
  { code: '9504', description: 'Video game consoles, articles for funfair, table or parlour games' },
];
const ICS_TOYS: CodeEntry[] = [{ code: '97.200.50', description: 'Toys' }];

const EU_ENQUIRY =
  'European Commission, EU-TBT Enquiry Point, Rue de la Loi 200, B-1049 Brussels; tel. +32 2 295 10 00; e-mail: grow-eu-tbt@ec.europa.eu (demo address)';
const CHN_ENQUIRY =
  'WTO/TBT National Notification and Enquiry Center of the People\u2019s Republic of China, Beijing; tel. +86 10 5765 0000; e-mail: tbt@customs.gov.cn (demo address)';
const USA_ENQUIRY =
  'USA WTO TBT Inquiry Point, National Institute of Standards and Technology, Gaithersburg, MD; e-mail: usatbtep@nist.gov (demo address)';
const BRA_ENQUIRY =
  'Ponto Focal de Barreiras Técnicas às Exportações, INMETRO, Rio de Janeiro; e-mail: barreirastecnicas@inmetro.gov.br (demo address)';

/** The demo notifications, with dates placed around `today` (yyyy-mm-dd). */
export function demoNotifications(today: string, now = new Date().toISOString()): Notification[] {
  const d = (days: number) => addDays(today, days);
  const common = { keywords: [] as string[], regionsAffected: '', notifiedDocumentUrls: [] as string[] };
  const regular: NotificationType = 'regular';
  return [
    record(
      'G/TBT/N/EU/1148',
      {
        ...common,
        type: regular,
        member: 'European Union',
        agency: 'European Commission',
        notifiedUnder: '2.9.2',
        products: 'Toys; products designed or intended for use in play by children under 14 years of age',
        hsCodes: HS_TOYS,
        icsCodes: ICS_TOYS,
        title: 'Proposal for a Regulation of the European Parliament and of the Council on the safety of toys and repealing Directive 2009/48/EC',
        pages: '4 pages',
        languages: 'English',
        description:
          'The draft Regulation lays down the safety requirements for toys placed on the Union market: physical and mechanical properties (including small parts and magnets), chemical properties with migration limits, warnings, and conformity assessment with a digital product passport. Toys complying with Directive 2009/48/EC may be made available for 30 months after the date of application.',
        objectives: ['Protection of human health or safety', 'Consumer information, labelling', 'Harmonization'],
        relevantDocuments: 'Directive 2009/48/EC on the safety of toys (OJ L 170, 30.6.2009); COM(2026) 112 final (demo reference)',
        proposedAdoption: 'Second half of the year',
        proposedEntryIntoForce: '20 days after publication in the Official Journal; application 42 months later',
        finalDateForComments: d(-14),
        textsAvailableFrom: EU_ENQUIRY,
        distributionDate: d(-74),
      },
      now,
    ),
    record(
      'G/TBT/N/EU/1148/Add.1',
      {
        ...common,
        type: 'addendum',
        member: 'European Union',
        agency: 'European Commission',
        notifiedUnder: '2.9.2',
        products: 'Toys',
        hsCodes: HS_TOYS,
        icsCodes: ICS_TOYS,
        title: 'Safety of toys — extension of the comment period',
        pages: '1 page',
        languages: 'English',
        description:
          'The European Union informs Members that, at the request of several Members, the final date for comments on notification G/TBT/N/EU/1148 has been extended. The notified text is unchanged.',
        objectives: ['Protection of human health or safety'],
        relevantDocuments: 'G/TBT/N/EU/1148',
        proposedAdoption: 'Unchanged',
        proposedEntryIntoForce: 'Unchanged',
        finalDateForComments: d(6),
        textsAvailableFrom: EU_ENQUIRY,
        distributionDate: d(-20),
      },
      now,
    ),
    record(
      'G/TBT/N/CHN/2031',
      {
        ...common,
        type: regular,
        member: 'China',
        agency: 'State Administration for Market Regulation (SAMR); Standardization Administration of China (SAC)',
        notifiedUnder: '2.9.2',
        products: 'Lithium-ion batteries for electric bicycles (HS 850760); electric bicycles (HS 871160)',
        hsCodes: [
          { code: '850760', description: 'Lithium-ion accumulators' },
          { code: '871160', description: 'Cycles with electric motor for propulsion' },
        ],
        icsCodes: [
          { code: '29.220.30', description: 'Alkaline secondary cells and batteries' },
          { code: '43.150', description: 'Cycles' },
        ],
        title: 'National Standard of the P.R.C., Safety technical specification for lithium-ion batteries used in electric bicycles（电动自行车用锂离子蓄电池安全技术规范）',
        pages: '4 pages',
        languages: 'Chinese',
        description:
          'This mandatory national standard specifies the safety requirements, test methods, inspection rules, marking and instructions for lithium-ion batteries used in electric bicycles, including overcharge, overdischarge and short-circuit protection, thermal propagation and flame-retardant enclosures. 本文件规定了电动自行车用锂离子蓄电池的安全要求、试验方法、检验规则及标志和说明书。',
        objectives: ['Protection of human health or safety', 'Prevention of deceptive practices and consumer protection'],
        relevantDocuments: 'GB 17761 Safety technical specification for electric bicycle; IEC 62133-2:2017',
        proposedAdoption: d(120),
        proposedEntryIntoForce: '12 months after publication',
        finalDateForComments: d(52),
        textsAvailableFrom: CHN_ENQUIRY,
        distributionDate: d(-8),
      },
      now,
    ),
    record(
      'G/TBT/N/USA/2215',
      {
        ...common,
        type: regular,
        member: 'United States of America',
        agency: 'Consumer Product Safety Commission (CPSC)',
        notifiedUnder: '2.9.2',
        products: 'Children\u2019s products containing magnets: toys, jewellery, school supplies, clothing accessories',
        hsCodes: [
          { code: '9503', description: 'Toys' },
          { code: '7117', description: 'Imitation jewellery' },
        ],
        icsCodes: ICS_TOYS,
        title: 'Safety Standard for Magnets in Children\u2019s Products; notice of proposed rulemaking',
        pages: '3 pages',
        languages: 'English',
        description:
          'The CPSC proposes to extend the requirements of 16 CFR part 1262 to magnetic components of children\u2019s products other than toys: magnets that fit in the small parts cylinder must have a flux index below 50 kG²mm², must not be liberated in use and abuse tests, and products for users aged 14 and older with hazardous magnets must bear a warning label.',
        objectives: ['Protection of human health or safety'],
        relevantDocuments: 'Federal Register (FR) 91 FR 10234 (demo reference); 16 CFR part 1262; ASTM F963-23',
        proposedAdoption: 'To be determined',
        proposedEntryIntoForce: '180 days after publication of the final rule',
        finalDateForComments: d(-3),
        textsAvailableFrom: USA_ENQUIRY,
        distributionDate: d(-63),
      },
      now,
    ),
    record(
      'G/TBT/N/USA/2215/Corr.1',
      {
        ...common,
        type: 'corrigendum',
        member: 'United States of America',
        agency: 'Consumer Product Safety Commission (CPSC)',
        notifiedUnder: '2.9.2',
        products: 'Children\u2019s products containing magnets',
        hsCodes: [
          { code: '9503', description: 'Toys' },
          { code: '7117', description: 'Imitation jewellery' },
          { code: '9609', description: 'Pencils, crayons and chalks' },
        ],
        icsCodes: ICS_TOYS,
        title: 'Safety Standard for Magnets in Children\u2019s Products — corrigendum',
        pages: '1 page',
        languages: 'English',
        description: 'Item 4 (products covered) of notification G/TBT/N/USA/2215 should read as above: HS 9609 (school supplies) was omitted.',
        objectives: ['Protection of human health or safety'],
        relevantDocuments: 'G/TBT/N/USA/2215',
        proposedAdoption: 'Unchanged',
        proposedEntryIntoForce: 'Unchanged',
        finalDateForComments: null,
        textsAvailableFrom: USA_ENQUIRY,
        distributionDate: d(-40),
      },
      now,
    ),
    record(
      'G/TBT/N/BRA/1580',
      {
        ...common,
        type: regular,
        member: 'Brazil',
        agency: 'National Institute of Metrology, Quality and Technology (INMETRO)',
        notifiedUnder: '2.9.2, 5.6.2',
        products: 'Household and similar electrical appliances: irons, blenders, coffee makers, vacuum cleaners',
        hsCodes: [
          { code: '8509', description: 'Electromechanical domestic appliances' },
          { code: '8516', description: 'Electric water heaters, hair dryers, flat irons, coffee makers' },
        ],
        icsCodes: [{ code: '97.030', description: 'Domestic electrical appliances in general' }],
        title: 'Draft Ordinance: conformity assessment requirements for household electrical appliances (Requisitos de Avaliação da Conformidade para Aparelhos Eletrodomésticos)',
        pages: '3 pages',
        languages: 'Portuguese, English',
        description:
          'The draft ordinance establishes mandatory certification (scheme 5: type test and factory audit) of household electrical appliances against ABNT NBR IEC 60335-1 and the applicable part 2, plugs according to ABNT NBR 14136, with 24 months for manufacturers and importers and 36 months for retailers.',
        objectives: ['Protection of human health or safety', 'Quality requirements'],
        relevantDocuments: 'ABNT NBR IEC 60335-1; ABNT NBR 14136; Portaria INMETRO nº 148/2022 (demo reference)',
        proposedAdoption: d(90),
        proposedEntryIntoForce: 'On publication',
        finalDateForComments: d(-20),
        textsAvailableFrom: BRA_ENQUIRY,
        distributionDate: d(-80),
      },
      now,
    ),
    record(
      'G/TBT/N/BRA/1580/Add.1',
      {
        ...common,
        type: 'addendum',
        member: 'Brazil',
        agency: 'INMETRO',
        notifiedUnder: '2.9.2, 5.6.2',
        products: 'Household electrical appliances',
        hsCodes: [{ code: '8509', description: 'Electromechanical domestic appliances' }],
        icsCodes: [{ code: '97.030', description: 'Domestic electrical appliances in general' }],
        title: 'Household electrical appliances — new comment period',
        pages: '1 page',
        languages: 'Portuguese',
        description: 'Brazil informs that the public consultation of G/TBT/N/BRA/1580 has been reopened for comments.',
        objectives: ['Protection of human health or safety'],
        relevantDocuments: 'G/TBT/N/BRA/1580',
        proposedAdoption: 'Unchanged',
        proposedEntryIntoForce: 'Unchanged',
        finalDateForComments: d(25),
        textsAvailableFrom: BRA_ENQUIRY,
        distributionDate: d(-15),
      },
      now,
    ),
    record(
      'G/TBT/N/BRA/1580/Add.1/Corr.1',
      {
        ...common,
        type: 'corrigendum',
        member: 'Brazil',
        agency: 'INMETRO',
        notifiedUnder: '2.9.2, 5.6.2',
        products: 'Household electrical appliances',
        hsCodes: [{ code: '8509', description: 'Electromechanical domestic appliances' }],
        icsCodes: [{ code: '97.030', description: 'Domestic electrical appliances in general' }],
        title: 'Household electrical appliances — corrigendum to the new comment period',
        pages: '1 page',
        languages: 'Portuguese',
        description: 'The final date for comments given in G/TBT/N/BRA/1580/Add.1 was wrong; it should read as in item 10 of this corrigendum.',
        objectives: ['Protection of human health or safety'],
        relevantDocuments: 'G/TBT/N/BRA/1580/Add.1',
        proposedAdoption: 'Unchanged',
        proposedEntryIntoForce: 'Unchanged',
        finalDateForComments: d(30),
        textsAvailableFrom: BRA_ENQUIRY,
        distributionDate: d(-12),
      },
      now,
    ),
  ];
}

/** The notified texts: one per base notification, with its page count as generated. */
export const DEMO_DOCUMENTS: DemoDocument[] = [
  { notificationId: 'G/TBT/N/EU/1148', file: 'eu-toys.pdf', language: 'en', pageCount: 4 },
  { notificationId: 'G/TBT/N/CHN/2031', file: 'chn-ebike-battery.pdf', language: 'zh', pageCount: 4 },
  { notificationId: 'G/TBT/N/USA/2215', file: 'usa-magnets.pdf', language: 'en', pageCount: 3 },
  { notificationId: 'G/TBT/N/BRA/1580', file: 'bra-appliances.pdf', language: 'pt', pageCount: 3 },
];

/** Stand-in reference standards: demo text, clearly marked as such, never a real standard's text. */
export const DEMO_STANDARDS: DemoStandard[] = [
  {
    identifier: 'ISO 8124-1:2022',
    title: 'ISO 8124-1:2022 (excerpt, demo) — Safety of toys — Part 1: Mechanical and physical properties',
    file: 'iso-8124-1-excerpt-demo.pdf',
    pageCount: 3,
  },
  {
    identifier: 'IEC 62133-2:2017',
    title: 'IEC 62133-2:2017 (excerpt, demo) — Secondary cells and batteries — Safety — Part 2: Lithium systems',
    file: 'iec-62133-2-excerpt-demo.pdf',
    pageCount: 2,
  },
  {
    identifier: 'ASTM F963-23',
    title: 'ASTM F963-23 (excerpt, demo) — Standard Consumer Safety Specification for Toy Safety',
    file: 'astm-f963-excerpt-demo.pdf',
    pageCount: 2,
  },
  {
    identifier: 'IEC 60335-1:2020',
    title: 'IEC 60335-1:2020 (excerpt, demo) — Household and similar electrical appliances — Safety — Part 1',
    file: 'iec-60335-1-excerpt-demo.pdf',
    pageCount: 2,
  },
];
