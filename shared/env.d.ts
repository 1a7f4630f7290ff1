// shared/ is compiled without DOM or Node typings so that it cannot lean on either. These are the
// few standard globals it may use: they exist in browsers, workers, Node 20 and Electron alike.
declare const crypto: {
  subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> };
  randomUUID(): string;
};
declare class TextDecoder {
  constructor(label?: string);
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare const console: { log(...args: unknown[]): void; warn(...args: unknown[]): void };
