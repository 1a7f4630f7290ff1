// `seed-demo`: one user per role, two committees, and the desktop app's demo data set (the same
// notifications with their follow-ups, notified texts and standards), so that a device that loaded
// the demo and then signs in holds the same records as the server. PDFs come from resources/demo
// when present, else a one-page stand-in.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Db } from '../db/db';
import { addMember, createCommittee, createUser } from './people';
import { hashPassword } from '../auth/passwords';
import { addDocument, addStandard, assign, upsertNotifications } from './catalog';
import { parseSymbol } from '../../shared/domain/symbol';
import type { Notification } from '../../shared/domain/notification';
import type { Role } from '../../shared/sync/protocol';
import { DEMO_DOCUMENTS, DEMO_STANDARDS, demoNotifications } from '../../shared/demo/demoData';

const DEMO_DIR = fileURLToPath(new URL('../../resources/demo/', import.meta.url));
export const DEMO_PASSWORD = 'demo-password';

export const DEMO_USERS: { username: string; displayName: string; role: Role; committees: string[] }[] = [
  { username: 'admin', displayName: 'Demo Admin', role: 'admin', committees: [] },
  { username: 'reviewer', displayName: 'Li Wei (reviewer)', role: 'reviewer', committees: ['TC-TOYS'] },
  { username: 'reviewer2', displayName: 'Chen Jing (reviewer)', role: 'reviewer', committees: ['TC-ELEC'] },
  { username: 'secretary', displayName: 'Wang Fang (secretary)', role: 'secretary', committees: ['TC-TOYS'] },
  { username: 'officer', displayName: 'Zhao Min (desk officer)', role: 'desk_officer', committees: [] },
];

const COMMITTEES = [
  { code: 'TC-TOYS', name: 'Technical Committee on Toys' },
  { code: 'TC-ELEC', name: 'Technical Committee on Electrical Appliances and Batteries' },
];

/** Which committee reviews each demo notification and its follow-ups, by base symbol. */
const COMMITTEE_OF: Record<string, string> = {
  'G/TBT/N/EU/1148': 'TC-TOYS',
  'G/TBT/N/USA/2215': 'TC-TOYS',
  'G/TBT/N/CHN/2031': 'TC-ELEC',
  'G/TBT/N/BRA/1580': 'TC-ELEC',
};

/** A minimal valid one-page PDF showing `text`. */
export function tinyPdf(text: string): Uint8Array {
  const content = `BT /F1 18 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

async function demoPdf(file: string, fallbackText: string): Promise<Uint8Array> {
  const path = `${DEMO_DIR}${file}`;
  return existsSync(path) ? new Uint8Array(await readFile(path)) : tinyPdf(fallbackText);
}

export function demoNotification(symbol: string, fields: { member: string; title: string; products: string; finalDateForComments: string | null }, now: string): Notification {
  const parsed = parseSymbol(symbol);
  if (!parsed.ok) throw new Error(`Not a symbol: ${symbol}`);
  const s = parsed.symbol;
  return {
    id: s.symbol,
    agreement: s.agreement,
    memberCode: s.memberCode,
    number: s.number,
    suffixes: s.suffixes,
    baseSymbol: s.baseSymbol,
    parentSymbol: s.parentSymbol,
    type: 'regular',
    member: fields.member,
    agency: '',
    notifiedUnder: '2.9.2',
    products: fields.products,
    hsCodes: [],
    icsCodes: [],
    title: fields.title,
    pages: '',
    languages: '',
    description: '',
    objectives: [],
    relevantDocuments: '',
    proposedAdoption: '',
    proposedEntryIntoForce: '',
    finalDateForComments: fields.finalDateForComments,
    textsAvailableFrom: '',
    distributionDate: null,
    keywords: [],
    regionsAffected: '',
    notifiedDocumentUrls: [],
    links: [],
    source: 'demo',
    importedAt: now,
    updatedAt: now,
  };
}

/** The date where the server runs (yyyy-mm-dd), as the desktop app places the demo's deadlines. */
function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Seeds the demo. Run again on a seeded database it changes nothing and succeeds; on a database
 * with other users it refuses, so that it never mixes with real data.
 */
export async function seedDemo(db: Db): Promise<{ users: typeof DEMO_USERS; password: string; alreadySeeded: boolean }> {
  const existing = await db.query<{ username: string }>('SELECT username FROM users ORDER BY username');
  const demoNames = DEMO_USERS.map((u) => u.username).sort();
  if (existing.length > 0) {
    if (existing.map((u) => u.username).join() === demoNames.join()) return { users: DEMO_USERS, password: DEMO_PASSWORD, alreadySeeded: true };
    throw new Error('The database already has users other than the demo ones; seed-demo only runs on an empty database');
  }
  const now = new Date();
  await db.transaction(async (tx) => {
    const committeeIds = new Map<string, string>();
    for (const committee of COMMITTEES) committeeIds.set(committee.code, (await createCommittee(tx, null, committee)).id);
    const userIds = new Map<string, string>();
    // Every demo user has the published demo password: one scrypt hash (N=2^17) serves them all.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const user of DEMO_USERS) {
      const { id } = await createUser(tx, null, { username: user.username, displayName: user.displayName, password: DEMO_PASSWORD, role: user.role }, passwordHash);
      userIds.set(user.username, id);
      for (const code of user.committees) await addMember(tx, null, committeeIds.get(code)!, id);
    }
    const notifications = demoNotifications(localDay(now), now.toISOString());
    await upsertNotifications(tx, null, notifications);
    for (const d of DEMO_DOCUMENTS) await addDocument(tx, null, d.notificationId, d.file, d.language, await demoPdf(d.file, d.notificationId));
    for (const n of notifications) await assign(tx, null, n.id, committeeIds.get(COMMITTEE_OF[n.baseSymbol]!)!, []);
    for (const s of DEMO_STANDARDS) await addStandard(tx, null, s.identifier, s.title, s.file, await demoPdf(s.file, s.title));
  });
  return { users: DEMO_USERS, password: DEMO_PASSWORD, alreadySeeded: false };
}
