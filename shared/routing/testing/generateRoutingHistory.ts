// A generated institute: committees with scopes, and a history of assigned notifications, for the
// routing evaluation (routing_top3_accuracy) and tests. Deterministic for a seed.
//
// The generator's rules (how the "true" committee is chosen), which are not the scorer's:
// 1. There are `committees` committees. Committee k owns a product family: two or three HS
//    headings (4 digits, in one or two chapters) and one or two ICS codes. Families overlap: every
//    fifth committee shares one heading with the next committee, which is then told apart only by
//    ICS code, member or standard.
// 2. Committees differ in workload (Zipf-like, exponent 1): committee k is chosen as the owner of
//    a notification with weight 1 / (k + 1).
// 3. A notification about the owner's family cites one or two of its headings as 6-digit HS
//    subheadings; carries the owner's ICS codes with probability 0.6 (else none, as many ePing
//    records do); is notified by one of the owner's three usual members with probability 0.7,
//    else by any member; names the owner's usual standard with probability 0.4.
// 4. Assignment: the owner takes it; with probability 0.2 a second committee (the next one) is
//    also assigned; with probability 0.04 the notification went to a random committee instead
//    (misrouting noise: history is not perfectly consistent).
// 5. Declared scopes are incomplete: a committee's scope lists its ICS codes, but only its first HS
//    heading, and English keywords from its family's name; a third of committees have no scope.
// 6. One to three of the committee's five experts comment on each notification it takes.
import type { CommitteeScope, RoutedNotification } from '../suggestCommittees';

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

const MEMBERS = ['USA', 'EU', 'BRA', 'JPN', 'KOR', 'IND', 'CAN', 'GBR', 'MEX', 'THA', 'VNM', 'SAU', 'KEN', 'UGA', 'CHL', 'ISR', 'TPKM', 'AUS'];
const WORDS = ['safety', 'labelling', 'energy', 'toys', 'batteries', 'food', 'cosmetics', 'tyres', 'medical', 'textiles', 'cables', 'paints', 'boilers', 'fertilisers'];

interface Family {
  headings: string[];
  ics: string[];
  members: string[];
  standard: string;
  word: string;
}

export interface RoutingWorld {
  scopes: CommitteeScope[];
  /** Oldest first. */
  history: RoutedNotification[];
}

export function generateRoutingHistory({ notifications = 20_000, committees = 300, seed = 5 }: { notifications?: number; committees?: number; seed?: number } = {}): RoutingWorld {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const families: Family[] = [];
  for (let k = 0; k < committees; k++) {
    const chapter = 10 + (k % 85);
    const headings = Array.from({ length: 2 + (k % 2) }, (_, j) => `${chapter}${String(10 + ((k * 7 + j * 13) % 90)).padStart(2, '0')}`);
    if (k > 0 && k % 5 === 1) headings[0] = families[k - 1]!.headings[0]!;
    const field = 11 + (k % 80);
    const ics = Array.from({ length: 1 + (k % 2) }, (_, j) => `${field}.${String(20 + ((k * 3 + j * 10) % 80) * 10).padStart(3, '0')}.${String(10 + j * 10)}`);
    families.push({ headings, ics, members: [pick(MEMBERS), pick(MEMBERS), pick(MEMBERS)], standard: `ISO ${1000 + k * 7}-1`, word: `${pick(WORDS)} ${k}` });
  }
  const weights = families.map((_, k) => 1 / (k + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const owner = () => {
    let r = rand() * total;
    for (let k = 0; k < weights.length; k++) if ((r -= weights[k]!) <= 0) return k;
    return weights.length - 1;
  };
  const history: RoutedNotification[] = [];
  const start = Date.UTC(2019, 0, 1);
  for (let i = 0; i < notifications; i++) {
    const k = owner();
    const f = families[k]!;
    const cited = rand() < 0.5 ? [pick(f.headings)] : [pick(f.headings), pick(f.headings)];
    let committeeIds = [`tc${k}`];
    if (rand() < 0.2) committeeIds.push(`tc${(k + 1) % committees}`);
    if (rand() < 0.04) committeeIds = [`tc${Math.floor(rand() * committees)}`];
    const commenters = committeeIds.flatMap((c) => Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({ committeeId: c, expertId: `${c}-e${Math.floor(rand() * 5)}` })));
    history.push({
      notificationId: `N${i}`,
      distributedAt: new Date(start + i * 3_600_000 * 6).toISOString(),
      memberCode: rand() < 0.7 ? pick(f.members) : pick(MEMBERS),
      hsCodes: [...new Set(cited)].map((h) => `${h}${String(Math.floor(rand() * 90) + 10)}`),
      icsCodes: rand() < 0.6 ? f.ics : [],
      standards: rand() < 0.4 ? [f.standard] : [],
      title: `Technical regulation on ${f.word}`,
      committeeIds,
      commenters,
    });
  }
  const scopes: CommitteeScope[] = families.flatMap((f, k) => (k % 3 === 2 ? [] : [{ committeeId: `tc${k}`, ics: f.ics, hs: [f.headings[0]!], keywordsZh: [], keywordsEn: [f.word] }]));
  return { scopes, history };
}

/** The newest `share` of the history held out for evaluation; the rest is what the scorer learns from. */
export function holdOut(history: readonly RoutedNotification[], share = 0.1): { past: RoutedNotification[]; held: RoutedNotification[] } {
  const cut = Math.floor(history.length * (1 - share));
  return { past: history.slice(0, cut), held: history.slice(cut) };
}
