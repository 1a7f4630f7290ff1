// The comment rate of the whole institute in SQL: the same figures as shared/dashboard computes
// from a device's local store (test/integration/server/dashboard.test.ts holds them equal). One
// statement per breakdown over a common table of per-notification facts; the ordering of keys and
// the median's definition are shared's.
import { AT_RISK_DAYS, DAY_BUCKETS, DIMENSIONS, sortBreakdown, type Breakdown, type Counts, type DashboardFigures, type DashboardQuery, type Dimension, type Period } from '../../shared/dashboard';
import type { Queryable } from '../db/db';

const PERIOD_FORMAT: Record<Period, string> = { week: 'IYYY-"W"IW', month: 'YYYY-MM', quarter: 'YYYY-"Q"Q', year: 'YYYY' };
const ISO_DATE = `'^\\d{4}-\\d{2}-\\d{2}$'`;

/** $1 period format, $2 from, $3 to (text dates or null). Facts per notification, as shared/dashboard's notificationFacts. */
const FACTS = `
WITH n AS (
  SELECT id, data->>'memberCode' AS member, data->'hsCodes' AS hs, data->'icsCodes' AS ics,
         CASE WHEN data->>'distributionDate' ~ ${ISO_DATE} THEN (data->>'distributionDate')::date END AS dist,
         CASE WHEN data->>'finalDateForComments' ~ ${ISO_DATE} THEN data->>'finalDateForComments' END AS deadline
  FROM notifications
),
scoped AS (
  SELECT * FROM n WHERE ($2::date IS NULL OR dist >= $2::date) AND ($3::date IS NULL OR dist <= $3::date)
),
assigned AS (SELECT notification_id, committee_id FROM assignments WHERE active),
first_comment AS (
  SELECT notification_id, min(body->>'updatedAt') AS at FROM comments
  WHERE NOT withdrawn AND body->>'status' = 'finished' GROUP BY notification_id
),
facts AS (
  SELECT s.id, s.member, s.hs, s.ics, s.deadline,
         CASE WHEN s.dist IS NULL THEN '—' ELSE to_char(s.dist, $1) END AS period,
         EXISTS (SELECT 1 FROM assigned a WHERE a.notification_id = s.id) AS assigned,
         f.at IS NOT NULL AS commented,
         EXISTS (SELECT 1 FROM committee_positions p WHERE p.notification_id = s.id AND (p.body->>'approved')::boolean) AS approved,
         false AS submitted,
         CASE WHEN f.at IS NOT NULL AND s.dist IS NOT NULL AND substr(f.at, 1, 10) ~ ${ISO_DATE} THEN greatest(0, substr(f.at, 1, 10)::date - s.dist) END AS days
  FROM scoped s LEFT JOIN first_comment f ON f.notification_id = s.id
)`;

const COUNTS = `count(*)::int AS received, count(*) FILTER (WHERE assigned)::int AS assigned, count(*) FILTER (WHERE commented)::int AS commented,
  count(*) FILTER (WHERE approved)::int AS approved, count(*) FILTER (WHERE submitted)::int AS submitted`;

/** Each dimension's keys of one notification (several for committees, chapters and fields). */
const KEYS: Record<Dimension, string> = {
  period: `SELECT period AS key, * FROM facts`,
  member: `SELECT member AS key, * FROM facts`,
  committee: `SELECT a.committee_id AS key, facts.* FROM facts JOIN assigned a ON a.notification_id = facts.id`,
  hsChapter: `SELECT DISTINCT ON (facts.id, k.key) k.key, facts.* FROM facts,
    LATERAL (SELECT left(regexp_replace(e->>'code', '\\D', '', 'g'), 2) AS key FROM jsonb_array_elements(coalesce(facts.hs, '[]'::jsonb)) e) k WHERE length(k.key) = 2`,
  icsField: `SELECT DISTINCT ON (facts.id, k.key) k.key, facts.* FROM facts,
    LATERAL (SELECT split_part(btrim(e->>'code'), '.', 1) AS key FROM jsonb_array_elements(coalesce(facts.ics, '[]'::jsonb)) e) k WHERE k.key <> ''`,
};

interface CountRow {
  key: string;
  received: number;
  assigned: number;
  commented: number;
  approved: number;
  submitted: number;
}

const countsOf = (row: CountRow): Counts => ({ received: row.received, assigned: row.assigned, commented: row.commented, approved: row.approved, submittedInTime: row.submitted });

export async function dashboardFiguresSql(db: Queryable, query: DashboardQuery, today: string): Promise<DashboardFigures> {
  const params = [PERIOD_FORMAT[query.period], query.from ?? null, query.to ?? null];
  const breakdowns = {} as Record<Dimension, Breakdown>;
  for (const dimension of DIMENSIONS) {
    const rows = await db.query<CountRow>(`${FACTS} SELECT key, ${COUNTS} FROM (${KEYS[dimension]}) keyed GROUP BY key`, params);
    breakdowns[dimension] = sortBreakdown(dimension, rows.map((row) => ({ key: row.key, counts: countsOf(row) })));
  }
  const bucketSql = DAY_BUCKETS.map((limit, i) => `count(*) FILTER (WHERE days > ${i === 0 ? -1 : DAY_BUCKETS[i - 1]} AND days <= ${limit})::int AS b${i}`).join(', ');
  const [summary] = await db.query<CountRow & Record<string, number | null>>(
    `${FACTS} SELECT '' AS key, ${COUNTS}, ${bucketSql}, count(*) FILTER (WHERE days > ${DAY_BUCKETS.at(-1)})::int AS b${DAY_BUCKETS.length},
       (percentile_cont(0.5) WITHIN GROUP (ORDER BY days))::float8 AS median,
       count(*) FILTER (WHERE deadline < $4 AND NOT submitted)::int AS missed,
       count(*) FILTER (WHERE deadline >= $4 AND deadline <= ($4::date + ${AT_RISK_DAYS})::text AND NOT commented)::int AS at_risk
     FROM facts`,
    [...params, today],
  );
  const totals = countsOf(summary!);
  return {
    totals,
    breakdowns,
    days: { median: summary!.median ?? null, buckets: [...DAY_BUCKETS, null].map((_, i) => Number(summary![`b${i}`])) },
    missed: Number(summary!.missed),
    atRisk: Number(summary!.at_risk),
  };
}

