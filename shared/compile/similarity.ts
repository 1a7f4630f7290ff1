// Near-duplicate detection between comments: Jaccard similarity of character bigrams over a
// normalised text. Bigrams of characters (not words) work for Chinese, which has no spaces, and for
// English alike.

/** NFKC (full-width → ASCII), lower case, letters and digits only. */
export function normaliseForComparison(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function bigrams(text: string): Set<string> {
  const chars = Array.from(normaliseForComparison(text));
  const grams = new Set<string>();
  if (chars.length === 1) grams.add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return grams;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared++;
  return shared / (a.size + b.size - shared);
}

export function textSimilarity(a: string, b: string): number {
  return jaccard(bigrams(a), bigrams(b));
}

/** What is compared of a comment: its Chinese and English texts, each with its proposed change. */
export interface ComparableComment {
  id: string;
  commentZh: string;
  commentEn: string;
  proposedChangeZh: string;
  proposedChangeEn: string;
}

export interface DuplicatePair {
  a: string;
  b: string;
  similarity: number;
}

export const DEFAULT_DUPLICATE_THRESHOLD = 0.6;

interface Prepared {
  id: string;
  zh: Set<string>;
  en: Set<string>;
}

function prepare(comment: ComparableComment): Prepared {
  return {
    id: comment.id,
    zh: bigrams(`${comment.commentZh} ${comment.proposedChangeZh}`),
    en: bigrams(`${comment.commentEn} ${comment.proposedChangeEn}`),
  };
}

/** Chinese is compared with Chinese and English with English; the closer of the two counts. */
function similarity(a: Prepared, b: Prepared): number {
  return Math.max(jaccard(a.zh, b.zh), jaccard(a.en, b.en));
}

/** Every pair at or above `threshold`, most similar first. */
export function findDuplicatePairs(comments: readonly ComparableComment[], threshold = DEFAULT_DUPLICATE_THRESHOLD): DuplicatePair[] {
  const prepared = comments.map(prepare);
  const pairs: DuplicatePair[] = [];
  for (let i = 0; i < prepared.length; i++) {
    for (let j = i + 1; j < prepared.length; j++) {
      const score = similarity(prepared[i]!, prepared[j]!);
      if (score >= threshold) pairs.push({ a: prepared[i]!.id, b: prepared[j]!.id, similarity: score });
    }
  }
  return pairs.sort((x, y) => y.similarity - x.similarity);
}

/** Groups of two or more ids that are near-duplicates, directly or through one another. */
export function duplicateGroups(comments: readonly ComparableComment[], threshold = DEFAULT_DUPLICATE_THRESHOLD): string[][] {
  const parent = new Map(comments.map((c) => [c.id, c.id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  for (const pair of findDuplicatePairs(comments, threshold)) parent.set(root(pair.a), root(pair.b));
  const groups = new Map<string, string[]>();
  for (const comment of comments) {
    const key = root(comment.id);
    groups.set(key, [...(groups.get(key) ?? []), comment.id]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}
