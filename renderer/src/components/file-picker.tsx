import { useState, type ChangeEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  /** The field's label: the input's accessible name. */
  label: string;
  accept: string;
  /** For a parent that reads the files on submit or focuses the field after an error. */
  inputRef?: RefObject<HTMLInputElement | null>;
  onChange?(event: ChangeEvent<HTMLInputElement>): void;
}

/**
 * A file field whose button and "no file chosen" text are the app's own, in the language the
 * broker chose: a bare <input type="file"> shows Chromium's, in the system's language ("Choose
 * File / No file chosen" in the Chinese interface on an English Windows). The input stays the
 * real control, focusable and labelled, only visually hidden inside the button (.file-button),
 * which shows its focus. It renders the label and the field's row, to sit in the parent's field
 * wrapper. To clear the field, a parent changes the component's key.
 */
export function FilePicker({ id, label, accept, inputRef, onChange }: Props) {
  const { t } = useTranslation();
  const [fileName, setFileName] = useState<string | null>(null);
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <span className="file-picker-row">
        {/* The button is a label around the input, as in the mark-image field: a click opens the chooser natively. */}
        <label className="small-button file-button">
          {t('app.filePicker.choose')}
          <input
            ref={inputRef}
            id={id}
            type="file"
            accept={accept}
            className="visually-hidden"
            onChange={(event) => {
              setFileName(event.target.files?.[0]?.name ?? null);
              onChange?.(event);
            }}
          />
        </label>
        <span className={fileName ? 'file-picker-name mono' : 'file-picker-name muted'}>{fileName ?? t('app.filePicker.none')}</span>
      </span>
    </>
  );
}
