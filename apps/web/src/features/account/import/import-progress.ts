import type { AccountKey } from '../account-i18n';

/** Where an import stands: reading the file, sending it, the server at work, or finished. */
export type ImportStage =
  | { step: 'idle' }
  | { step: 'reading'; loaded: number; total: number }
  | { step: 'sending'; loaded: number; total: number }
  | { step: 'processing'; rows: number | null }
  | { step: 'done' };

export interface ProgressView {
  /** 0..1, or null while the server works (nothing measurable: the bar is indeterminate). */
  value: number | null;
  label: AccountKey;
  vars: Record<string, string | number>;
  /** The step of three shown to the user. */
  step: number;
}

const kilobytes = (bytes: number) => Math.max(1, Math.round(bytes / 1024));
const fraction = (loaded: number, total: number) => (total > 0 ? Math.min(1, Math.max(0, loaded / total)) : 0);

export function progressView(stage: ImportStage): ProgressView | null {
  switch (stage.step) {
    case 'idle':
    case 'done':
      return null;
    case 'reading':
      return {
        value: fraction(stage.loaded, stage.total),
        label: 'import.progressReading',
        vars: { loaded: kilobytes(stage.loaded), total: kilobytes(stage.total) },
        step: 1,
      };
    case 'sending':
      return {
        value: fraction(stage.loaded, stage.total),
        label: 'import.progressSending',
        vars: { loaded: kilobytes(stage.loaded), total: kilobytes(stage.total) },
        step: 2,
      };
    case 'processing':
      return stage.rows === null
        ? { value: null, label: 'import.progressChecking', vars: {}, step: 3 }
        : { value: null, label: 'import.progressWriting', vars: { rows: stage.rows }, step: 3 };
  }
}

export class NotUtf8Error extends Error {}

/** Reads a chosen file as UTF-8 text, reporting bytes read as it goes; NotUtf8Error for other encodings. */
export function readFile(file: Blob, onProgress: (loaded: number, total: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.onload = () => {
      try {
        // fatal: a Latin-1 export would otherwise arrive with its accents silently replaced.
        resolve(new TextDecoder('utf-8', { fatal: true }).decode(reader.result as ArrayBuffer));
      } catch {
        reject(new NotUtf8Error('not UTF-8'));
      }
    };
    reader.readAsArrayBuffer(file);
  });
}
