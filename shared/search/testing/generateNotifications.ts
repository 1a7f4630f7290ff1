// Deterministic, realistic Notification records for tests and benchmarks: TBT and SPS
// notifications from many members, base notifications followed by addenda, corrigenda and
// revisions, HS and ICS codes, English and Chinese titles, and comment deadlines in the past, the
// next days and months, or none. The same seed always gives the same records.
import type { CodeEntry, Notification, NotificationType, SuffixKind, SymbolSuffix } from '../../domain/notification';

export interface GenerateOptions {
  count: number;
  seed?: number;
  /** Deadlines and distribution dates are placed around this day (ISO yyyy-mm-dd). */
  today?: string;
}

const MEMBERS: [code: string, name: string][] = [
  ['USA', 'United States of America'],
  ['EU', 'European Union'],
  ['CHN', 'China'],
  ['BRA', 'Brazil'],
  ['JPN', 'Japan'],
  ['KOR', 'Korea, Republic of'],
  ['IND', 'India'],
  ['CAN', 'Canada'],
  ['GBR', 'United Kingdom'],
  ['MEX', 'Mexico'],
  ['THA', 'Thailand'],
  ['VNM', 'Viet Nam'],
  ['SAU', 'Saudi Arabia, Kingdom of'],
  ['KEN', 'Kenya'],
  ['UGA', 'Uganda'],
  ['CHL', 'Chile'],
  ['ISR', 'Israel'],
  ['TPKM', 'Chinese Taipei'],
];

interface Topic {
  title: string;
  titleZh: string;
  products: string;
  hs: CodeEntry[];
  ics: CodeEntry[];
}

const TOPICS: Topic[] = [
  {
    title: 'Safety requirements for lithium-ion batteries used in electric bicycles',
    titleZh: '电动自行车用锂离子电池安全技术规范',
    products: 'Lithium-ion accumulators; electric bicycles',
    hs: [{ code: '850760', description: 'Lithium-ion accumulators' }, { code: '871160', description: 'Cycles with electric motor' }],
    ics: [{ code: '29.220.30', description: 'Alkaline secondary cells and batteries' }],
  },
  {
    title: 'Toys — safety of toys containing magnets',
    titleZh: '玩具安全 第2部分：含磁体玩具',
    products: 'Toys; magnetic construction sets',
    hs: [{ code: '9503', description: 'Tricycles, scooters, dolls and other toys' }],
    ics: [{ code: '97.200.50', description: 'Toys' }],
  },
  {
    title: 'Energy efficiency labelling of household refrigerating appliances',
    titleZh: '家用电冰箱能效限定值及能效等级',
    products: 'Household refrigerators and freezers',
    hs: [{ code: '841810', description: 'Combined refrigerator-freezers' }, { code: '841821', description: 'Household refrigerators, compression-type' }],
    ics: [{ code: '97.040.30', description: 'Domestic refrigerating appliances' }, { code: '27.015', description: 'Energy efficiency' }],
  },
  {
    title: 'Maximum residue limits for pesticides in fresh fruit and vegetables',
    titleZh: '食品中农药最大残留限量',
    products: 'Fresh fruit; vegetables',
    hs: [{ code: '0808', description: 'Apples, pears and quinces, fresh' }, { code: '0702', description: 'Tomatoes, fresh or chilled' }],
    ics: [{ code: '67.080', description: 'Fruits. Vegetables' }],
  },
  {
    title: 'Labelling of cosmetic products and ingredient disclosure',
    titleZh: '化妆品标签管理办法',
    products: 'Cosmetics, perfumes and toilet preparations',
    hs: [{ code: '3304', description: 'Beauty or make-up preparations' }],
    ics: [{ code: '71.100.70', description: 'Cosmetics. Toiletries' }],
  },
  {
    title: 'Cybersecurity requirements for radio equipment and connected devices',
    titleZh: '无线电设备网络安全要求',
    products: 'Radio equipment; internet-connected consumer devices',
    hs: [{ code: '851762', description: 'Machines for the reception and transmission of data' }],
    ics: [{ code: '33.060', description: 'Radiocommunications' }, { code: '35.030', description: 'IT Security' }],
  },
  {
    title: 'Technical regulation on motor vehicle tyres: rolling resistance and wet grip',
    titleZh: '汽车轮胎滚动阻力和湿路面抓着性能要求',
    products: 'New pneumatic tyres of rubber for motor cars',
    hs: [{ code: '401110', description: 'New pneumatic tyres, of rubber, for motor cars' }],
    ics: [{ code: '83.160.10', description: 'Road vehicle tyres' }],
  },
  {
    title: 'Medical devices — single-use syringes, needles and catheters',
    titleZh: '一次性使用无菌注射器',
    products: 'Syringes, needles, catheters',
    hs: [{ code: '901831', description: 'Syringes, with or without needles' }],
    ics: [{ code: '11.040.25', description: 'Syringes, needles and catheters' }],
  },
  {
    title: 'Restriction of hazardous substances in electrical and electronic equipment',
    titleZh: '电器电子产品有害物质限制使用要求',
    products: 'Electrical and electronic equipment',
    hs: [{ code: '8471', description: 'Automatic data-processing machines' }, { code: '8528', description: 'Monitors and projectors' }],
    ics: [{ code: '13.020.01', description: 'Environment and environmental protection in general' }],
  },
  {
    title: 'Food contact materials made of recycled plastics',
    titleZh: '食品接触用再生塑料材料及制品',
    products: 'Plastic packaging for food',
    hs: [{ code: '3923', description: 'Articles for the conveyance or packing of goods, of plastics' }],
    ics: [{ code: '67.250', description: 'Materials and articles in contact with foodstuffs' }],
  },
  {
    title: 'Construction products: fire performance of insulation materials',
    titleZh: '建筑材料及制品燃烧性能分级',
    products: 'Thermal insulation products for buildings',
    hs: [{ code: '6806', description: 'Mineral wools' }],
    ics: [{ code: '91.100.60', description: 'Thermal and sound insulating materials' }, { code: '13.220.50', description: 'Fire-resistance of building materials' }],
  },
  {
    title: 'Animal health requirements for the import of live poultry',
    titleZh: '活禽进口动物卫生要求',
    products: 'Live poultry; hatching eggs',
    hs: [{ code: '0105', description: 'Live poultry' }],
    ics: [{ code: '65.020.30', description: 'Animal husbandry and breeding' }],
  },
];

const OBJECTIVES = [
  'Protection of human health or safety',
  'Consumer information, labelling',
  'Protection of the environment',
  'Prevention of deceptive practices and consumer protection',
  'Quality requirements',
];

/** mulberry32: tiny, fast, and the same sequence on every platform. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

const SUFFIX_TYPE: Record<SuffixKind, NotificationType> = { Add: 'addendum', Rev: 'revision', Corr: 'corrigendum' };

export function generateNotifications({ count, seed = 1, today = '2025-06-15' }: GenerateOptions): Notification[] {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const out: Notification[] = [];
  const nextNumber = new Map<string, number>();
  const ids = new Set<string>();

  while (out.length < count) {
    const [memberCode, member] = pick(MEMBERS);
    const agreement = rand() < 0.8 ? 'TBT' : 'SPS';
    const key = `${agreement}/${memberCode}`;
    const number = (nextNumber.get(key) ?? 100 + Math.floor(rand() * 900)) + 1;
    nextNumber.set(key, number);
    const topic = pick(TOPICS);
    const chinese = memberCode === 'CHN' || memberCode === 'TPKM';
    const baseSymbol = `G/${agreement}/N/${memberCode}/${number}`;
    // Distributed 0–120 days ago; the comment period is usually 60 days, sometimes shorter.
    const distributed = addDays(today, -Math.floor(rand() * 120));
    const period = rand() < 0.15 ? 30 : 60;
    const deadline = rand() < 0.08 ? null : addDays(distributed, period);

    const base = makeRecord({
      symbol: baseSymbol,
      baseSymbol,
      parentSymbol: null,
      suffixes: [],
      type: 'regular',
      agreement,
      memberCode,
      member,
      number,
      topic,
      chinese,
      distributed,
      deadline,
      objective: pick(OBJECTIVES),
      serial: out.length,
    });
    out.push(base);

    // About one base in four has follow-ups: addenda (some extend the comment period), a
    // corrigendum to an addendum, or a revision that replaces the text.
    if (rand() < 0.25) {
      const followUps = 1 + Math.floor(rand() * 3);
      let adds = 0;
      let revs = 0;
      let date = distributed;
      for (let i = 0; i < followUps && out.length < count; i++) {
        date = addDays(date, 5 + Math.floor(rand() * 40));
        const r = rand();
        let suffixes: SymbolSuffix[];
        if (r < 0.6 || adds === 0) suffixes = [{ kind: 'Add', n: ++adds }];
        else if (r < 0.8) suffixes = [{ kind: 'Add', n: adds }, { kind: 'Corr', n: 1 }];
        else suffixes = [{ kind: 'Rev', n: ++revs }];
        const symbol = [baseSymbol, ...suffixes.map((s) => `${s.kind}.${s.n}`)].join('/');
        if (ids.has(symbol)) continue;
        ids.add(symbol);
        const last = suffixes[suffixes.length - 1]!;
        const extends_ = last.kind !== 'Corr' && rand() < 0.5;
        out.push(
          makeRecord({
            symbol,
            baseSymbol,
            parentSymbol: suffixes.length > 1 ? [baseSymbol, ...suffixes.slice(0, -1).map((s) => `${s.kind}.${s.n}`)].join('/') : baseSymbol,
            suffixes,
            type: SUFFIX_TYPE[last.kind],
            agreement,
            memberCode,
            member,
            number,
            topic,
            chinese,
            distributed: date,
            deadline: extends_ ? addDays(date, 60) : null,
            objective: pick(OBJECTIVES),
            serial: out.length,
          }),
        );
      }
    }
  }
  return out.slice(0, count);
}

interface RecordInput {
  symbol: string;
  baseSymbol: string;
  parentSymbol: string | null;
  suffixes: SymbolSuffix[];
  type: NotificationType;
  agreement: 'TBT' | 'SPS';
  memberCode: string;
  member: string;
  number: number;
  topic: Topic;
  chinese: boolean;
  distributed: string;
  deadline: string | null;
  objective: string;
  serial: number;
}

function makeRecord(r: RecordInput): Notification {
  const title = r.chinese ? r.topic.titleZh : r.topic.title;
  const description =
    r.type === 'regular'
      ? `${r.member} notifies a draft measure: ${r.topic.title.toLowerCase()}. It sets requirements, test methods and marking for ${r.topic.products.toLowerCase()} (ref. ${r.serial}).`
      : `${r.member} informs Members that ${r.baseSymbol} has been ${r.type === 'corrigendum' ? 'corrected' : r.type === 'revision' ? 'revised and replaced' : 'amended'}${r.deadline ? `; comments may be submitted until ${r.deadline}` : ''}.`;
  const stamp = `${r.distributed}T08:00:00.000Z`;
  return {
    id: r.symbol,
    agreement: r.agreement,
    memberCode: r.memberCode,
    number: r.number,
    suffixes: r.suffixes,
    baseSymbol: r.baseSymbol,
    parentSymbol: r.parentSymbol,
    type: r.type,
    member: r.member,
    agency: `National standards body of ${r.member}`,
    notifiedUnder: r.agreement === 'TBT' ? '2.9.2' : '5.6.2',
    products: r.topic.products,
    hsCodes: r.topic.hs,
    icsCodes: r.topic.ics,
    title,
    pages: `${4 + (r.serial % 40)} pages`,
    languages: r.chinese ? 'Chinese' : 'English',
    description,
    objectives: [r.objective],
    relevantDocuments: '',
    proposedAdoption: '',
    proposedEntryIntoForce: '',
    finalDateForComments: r.deadline,
    textsAvailableFrom: 'National enquiry point',
    distributionDate: r.distributed,
    keywords: [],
    regionsAffected: '',
    notifiedDocumentUrls: [],
    links: [],
    source: 'test',
    importedAt: stamp,
    updatedAt: stamp,
  };
}
