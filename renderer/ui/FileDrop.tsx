// A file button that also accepts files dropped on it. The input stays in the page (visually
// hidden) so that keyboard users and tests can use it directly.
import { useId, useRef, useState, type DragEvent } from 'react';
import './FileDrop.css';

export interface FileDropProps {
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  buttonLabel: string;
  hint: string;
  testId?: string;
  onFiles: (files: File[]) => void;
}

export function FileDrop({ accept, multiple = false, disabled = false, buttonLabel, hint, testId, onFiles }: FileDropProps) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const files = [...event.dataTransfer.files];
    if (files.length) onFiles(multiple ? files : files.slice(0, 1));
  };

  return (
    <div
      className={over ? 'file-drop over' : 'file-drop'}
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <input
        id={inputId}
        ref={input}
        className="visually-hidden"
        type="file"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        data-testid={testId}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
      <button type="button" className="primary" disabled={disabled} onClick={() => input.current?.click()}>
        {buttonLabel}
      </button>
      <span className="muted">{hint}</span>
    </div>
  );
}
