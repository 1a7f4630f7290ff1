// PDF files kept on the device: the notified texts of a notification and reference standards.

export interface NotifiedDocument {
  id: string;
  notificationId: string;
  fileName: string;
  /** Hex sha256 of the bytes; comment anchors refer to it. */
  sha256: string;
  pageCount: number;
  byteLength: number;
  /** e.g. `en`, `zh`, `fr`; empty when unknown. */
  language: string;
  addedAt: string;
}

export interface StandardText {
  id: string;
  /** e.g. `ISO 8124-1:2022`. */
  identifier: string;
  title: string;
  fileName: string;
  sha256: string;
  pageCount: number;
  byteLength: number;
  addedAt: string;
}
