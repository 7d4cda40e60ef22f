import type { KeyboardEventHandler, ReactNode } from 'react';

interface Props {
  titleId: string;
  title: string;
  hint?: string;
  closeLabel: string;
  onClose(): void;
  onKeyDown?: KeyboardEventHandler<HTMLDivElement>;
  /** Extra class on the panel, for its size and layout. */
  className?: string;
  children: ReactNode;
}

/** A modal panel over the page: title, a keyboard hint, a close button, then its content. */
export function DialogFrame({ titleId, title, hint, closeLabel, onClose, onKeyDown, className, children }: Props) {
  return (
    <div className="hs-backdrop">
      <div className={className ? `hs-panel ${className}` : 'hs-panel'} role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown}>
        <div className="hs-head">
          <h2 id={titleId}>{title}</h2>
          {hint && <span className="muted">{hint}</span>}
          <button type="button" className="small-button" onClick={onClose}>
            {closeLabel}
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
