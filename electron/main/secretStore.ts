// Secrets (the sync session token) encrypted with the OS keychain through safeStorage, kept in one
// file under userData. Nothing is written when the OS offers no encryption.
import { readFileSync, writeFileSync, renameSync, existsSync } from 'node:fs';

export interface Encryptor {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export function createSecretStore(file: string, encryptor: Encryptor) {
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
    get(key: string): string | null {
      const encrypted = readAll()[key];
      if (!encrypted || !encryptor.isEncryptionAvailable()) return null;
      try {
        return encryptor.decryptString(Buffer.from(encrypted, 'base64'));
      } catch {
        return null;
      }
    },
    set(key: string, value: string): void {
      if (!encryptor.isEncryptionAvailable()) throw new Error('The operating system offers no secure storage');
      writeAll({ ...readAll(), [key]: encryptor.encryptString(value).toString('base64') });
    },
    delete(key: string): void {
      const values = readAll();
      delete values[key];
      writeAll(values);
    },
  };
}
