// search_p95_ms: the notification search index over 50,000 records, 50 varied queries (English
// words and phrases, Chinese terms, symbols, prefixes).
import { generateNotifications } from '../../../fixtures/generateNotifications';
import { NotificationSearchIndex } from '../../../../shared/search/notificationSearch';
import type { FigureOutcome } from '../../types';
import { p95, round, timeMs } from '../stats';

const COUNT = 50_000;
const QUERIES = 50;
const CJK = /[\u3400-\u9fff]+/;

function queryFor(i: number, title: string, description: string, symbol: string): string {
  const words = title.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3);
  const cjk = CJK.exec(title)?.[0] ?? CJK.exec(description)?.[0];
  switch (i % 5) {
    case 0:
      return words[0] ?? title;
    case 1:
      return words.slice(0, 2).join(' ') || title;
    case 2:
      return cjk ? cjk.slice(0, 4) : (words[1] ?? title);
    case 3:
      return symbol.split('/').slice(0, 4).join('/');
    default:
      return (words[words.length - 1] ?? title).slice(0, 5); // a prefix as typed
  }
}

export async function searchFigure(): Promise<FigureOutcome> {
  const notifications = generateNotifications({ count: COUNT, seed: 7 });
  const built = timeMs(() => NotificationSearchIndex.build(notifications));
  const index = built.result;
  const queries = Array.from({ length: QUERIES }, (_, i) => {
    const n = notifications[(i * 997) % notifications.length]!;
    return queryFor(i, n.title, n.description, n.id);
  });
  index.search(queries[0]!); // warm-up
  const times = queries.map((q) => timeMs(() => index.search(q)).ms);
  return {
    figures: [
      { name: 'search_index_build_ms', value: Math.round(built.ms), unit: 'ms' },
      { name: 'search_p95_ms', value: round(p95(times)), unit: 'ms' },
    ],
  };
}
