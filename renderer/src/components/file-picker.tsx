import { useRef, useState, type ChangeEvent, type RefCallback, type RefObject } from 'react';
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
 * real control, focusable and labelled, only visually hidden; the button beside it shows its focus.
 * It renders the label and the field's row, to sit in the parent's field wrapper. To clear the
 * field, a parent changes the component's key.
 */
export function FilePicker({ id, label, accept, inputRef, onChange }: Props) {
  const { t } = useTranslation();
  const own = useRef<HTMLInputElement | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const setRefs: RefCallback<HTMLInputElement> = (element) => {
    own.current = element;
    if (inputRef) inputRef.current = element;
  };
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <span className="file-picker-row">
        <input
          ref={setRefs}
          id={id}
          type="file"
          accept={accept}
          className="visually-hidden"
          onChange={(event) => {
            setFileName(event.target.files?.[0]?.name ?? null);
            onChange?.(event);
          }}
        />
        {/* The input itself takes the keyboard (Space or Enter opens the chooser); this is for the mouse. */}
        <span className="small-button file-picker-button" aria-hidden="true" onClick={() => own.current?.click()}>
          {t('app.filePicker.choose')}
        </span>
        <span className={fileName ? 'file-picker-name mono' : 'file-picker-name muted'}>{fileName ?? t('app.filePicker.none')}</span>
      </span>
    </>
  );
}
