// The sync session token, the one secret the app keeps: encrypted with the OS keychain through
// safeStorage, in one file under userData. Nothing is written when the OS offers no encryption.
import { readFileSync, writeFileSync, renameSync, existsSync } from 'node:fs';

export interface Encryptor {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** The token's key in the file (kept from when the file held named secrets, so sign-ins survive). */
const TOKEN_KEY = 'sync.sessionToken';

export function createSyncTokenStore(file: string, encryptor: Encryptor) {
  function readAll(): Record<string, string> {
    if (!existsSync(file)) return {};
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  }
  function writeAll(values: Record<string, string>) {
    const temp = `${file}.tmp`;
    writeFileSync(temp, JSON.stringify(values), { mode: 0o600 });
    renameSync(temp, file);
  }
  return {
    get(): string | null {
      const encrypted = readAll()[TOKEN_KEY];
      if (!encrypted || !encryptor.isEncryptionAvailable()) return null;
      try {
        return encryptor.decryptString(Buffer.from(encrypted, 'base64'));
      } catch {
        return null;
      }
    },
    set(token: string): void {
      if (!encryptor.isEncryptionAvailable()) throw new Error('The operating system offers no secure storage');
      writeAll({ [TOKEN_KEY]: encryptor.encryptString(token).toString('base64') });
    },
    clear(): void {
      writeAll({});
    },
  };
}
