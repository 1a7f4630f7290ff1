// One import from the screen: importWorker.ts parses the file and stores the records.
import type { ImportMessage, ImportPhase, ImportRequest, ImportRun } from './importProtocol';

export type { ImportPhase, ImportRun };

export function runImport(file: File, onPhase: (phase: ImportPhase) => void): Promise<ImportRun> {
  return file.arrayBuffer().then(
    (bytes) =>
      new Promise<ImportRun>((resolve, reject) => {
        const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
        worker.onmessage = (event: MessageEvent<ImportMessage>) => {
          const message = event.data;
          if (message.type === 'progress') onPhase({ phase: message.phase, done: message.done, total: message.total });
          else if (message.type === 'result') resolve(message.result);
          else reject(new Error(message.message));
          if (message.type !== 'progress') worker.terminate();
        };
        worker.onerror = (event) => {
          worker.terminate();
          reject(new Error(event.message || 'import worker failed'));
        };
        const request: ImportRequest = { bytes, fileName: file.name, now: new Date().toISOString() };
        worker.postMessage(request, [bytes]);
      }),
  );
}
