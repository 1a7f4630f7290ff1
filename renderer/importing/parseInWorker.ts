// Runs importWorker.ts for one file and resolves with its result.
import type { EpingImport } from '../../shared/import/eping';
import type { ParseMessage, ParseRequest } from './importProtocol';

export type ParseProgress = Extract<ParseMessage, { type: 'progress' }>;

export function parseInWorker(bytes: ArrayBuffer, fileName: string, onProgress: (progress: ParseProgress) => void): Promise<EpingImport> {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<EpingImport>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ParseMessage>) => {
      if (event.data.type === 'progress') onProgress(event.data);
      else if (event.data.type === 'result') resolve(event.data.result);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => reject(new Error(event.message || 'import worker failed'));
    const request: ParseRequest = { bytes, fileName, now: new Date().toISOString() };
    worker.postMessage(request, [bytes]);
  }).finally(() => worker.terminate());
}
