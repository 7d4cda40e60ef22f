import type { ReactNode } from 'react';

interface Props {
  id: string;
  label: string;
  /** The DecMessage XML tag, shown as a tooltip for brokers who know the message. */
  xmlTag: string;
  error: string | null;
  className?: string;
  children: ReactNode;
}

/** Label, control and the field's own error line; the control gets the ids it needs from fieldIds(). */
export function EditorField({ id, label, xmlTag, error, className, children }: Props) {
  return (
    <div className={`editor-field${className ? ` ${className}` : ''}${error ? ' has-error' : ''}`}>
      <label htmlFor={id} title={xmlTag}>
        {label}
      </label>
      {children}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function fieldIds(id: string, error: string | null) {
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  };
}
