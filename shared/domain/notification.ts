// The TBT/SPS notification as the application stores it: the 11 items of the WTO notification form
// (see ../shared/domain.md), plus what the importer derives from the symbol.

export type Agreement = 'TBT' | 'SPS';

export type SuffixKind = 'Add' | 'Rev' | 'Corr';

export interface SymbolSuffix {
  kind: SuffixKind;
  n: number;
}

export interface ParsedSymbol {
  /** Normalised full symbol, e.g. `G/TBT/N/BRA/366/Add.1/Corr.1`. */
  symbol: string;
  agreement: Agreement;
  /** Member code as written in the symbol, e.g. `EU`, `USA`, `BRA`. */
  memberCode: string;
  number: number;
  suffixes: SymbolSuffix[];
  /** The regular notification this one belongs to, e.g. `G/TBT/N/BRA/366`. Equal to `symbol` for a base. */
  baseSymbol: string;
  /** The symbol with its last suffix removed; null for a base notification. */
  parentSymbol: string | null;
}

export interface CodeEntry {
  code: string;
  description: string;
}

export type NotificationType = 'regular' | 'addendum' | 'revision' | 'corrigendum' | 'emergency' | 'other';

export type ReviewStatus = 'new' | 'in_review' | 'finished';

/** A link to a notified document or the notification itself. */
export interface Link {
  url: string;
  label?: string;
}

export interface Notification {
  /** The normalised document symbol is the primary key. */
  id: string;
  agreement: Agreement;
  memberCode: string;
  number: number;
  suffixes: SymbolSuffix[];
  baseSymbol: string;
  parentSymbol: string | null;
  type: NotificationType;

  /** 1. Notifying Member (and local government, if any). */
  member: string;
  /** 2. Agency responsible. */
  agency: string;
  /** 3. Notified under (2.9.2, 2.10.1, 5.6.2, ...). */
  notifiedUnder: string;
  /** 4. Products covered, as text, with HS and ICS code lists. */
  products: string;
  hsCodes: CodeEntry[];
  icsCodes: CodeEntry[];
  /** 5. Title, number of pages and language(s). */
  title: string;
  pages: string;
  languages: string;
  /** 6. Description of content. */
  description: string;
  /** 7. Objective and rationale. */
  objectives: string[];
  /** 8. Relevant documents. */
  relevantDocuments: string;
  /** 9. Proposed dates (ISO yyyy-mm-dd or free text as notified). */
  proposedAdoption: string;
  proposedEntryIntoForce: string;
  /** 10. Final date for comments, ISO yyyy-mm-dd, or null when none was given. */
  finalDateForComments: string | null;
  /** 11. Texts available from. */
  textsAvailableFrom: string;

  distributionDate: string | null;
  keywords: string[];
  regionsAffected: string;
  notifiedDocumentUrls: string[];
  links: Link[];

  /** Where the record came from, e.g. `eping`, `demo`, `manual`. */
  source: string;
  importedAt: string;
  updatedAt: string;
}
