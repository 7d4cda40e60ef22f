import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeHit } from '../../../../../shared/codes/api';
import type { CodeTableId } from '../../../../../shared/codes/schema';
import { FIELD_ATTRIBUTE } from '../field-navigation';
import { declaredCode, hitName, rankLocally, useCodeMatches } from './code-matches';
import { useReferenceStore } from './reference-store';
import { SuggestionList } from '../../../components/suggestion-list';

interface Props {
  id: string;
  table: CodeTableId;
  /** The stored code; only a code is ever stored, the name is looked up for display. */
  value: string | undefined;
  readOnly: boolean;
  invalid: boolean;
  describedBy?: string;
  onChange(code: string): void;
  onLeave(): void;
}

/**
 * A coded field: type the code, the Chinese or English name, or the pinyin initials; ↓/↑ move in
 * the list, Enter or Tab take the highlighted entry (and move on, like any field), Esc closes.
 * Leaving with text that matches nothing keeps that text, so the rule's message can say what is
 * wrong instead of the typing silently vanishing.
 */
export function CodeCombobox({ id, table, value, readOnly, invalid, describedBy, onChange, onLeave }: Props) {
  const { t, i18n } = useTranslation();
  const [text, setTextState] = useState<string | null>(null);
  // Enter accepts, then the form moves focus in the same event: the blur that follows must see
  // the accepted state at once, not the text of the last render.
  const pending = useRef<string | null>(null);
  const setText = (next: string | null) => {
    pending.current = next;
    setTextState(next);
  };
  const [active, setActive] = useState(0);
  const hits = useCodeMatches(table, text);
  const entry = useReferenceStore((s) => (value ? s.tables[table]?.byCode.get(value) : undefined));
  const open = text !== null && text.trim() !== '' && hits.length > 0;
  const listId = `${id}-list`;

  const accept = (hit: CodeHit) => {
    onChange(declaredCode(hit));
    setText(null);
  };

  /** The best match for the text as it is now, ranked synchronously when the table is loaded. */
  const bestNow = (): CodeHit | undefined => {
    if (text === null) return undefined;
    const ranked = rankLocally(table, text) ?? hits;
    return ranked[Math.min(active, ranked.length - 1)];
  };

  const type = (next: string) => {
    setText(next);
    setActive(0);
    const trimmed = next.trim();
    if (trimmed === '') return onChange('');
    const byCode = useReferenceStore.getState().tables[table]?.byCode;
    const exact = byCode?.get(trimmed) ?? byCode?.get(trimmed.toUpperCase());
    // A complete code is stored at once: autosave need not wait for the broker to leave the field.
    if (exact) onChange(declaredCode(exact));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (text === null) setText(value ?? '');
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.max(0, Math.min(hits.length - 1, a + step)));
      return;
    }
    if (event.key === 'Escape') {
      if (text !== null) {
        event.stopPropagation();
        setText(null);
      }
      return;
    }
    // Enter and Tab take the highlighted entry; the form then moves on as for any field.
    if ((event.key === 'Enter' || (event.key === 'Tab' && !event.shiftKey)) && text !== null && text.trim() !== '') {
      const hit = bestNow();
      if (hit) accept(hit);
    }
  };

  const leave = () => {
    const typed = pending.current;
    if (typed !== null) {
      const trimmed = typed.trim();
      const byCode = useReferenceStore.getState().tables[table]?.byCode;
      if (!byCode?.has(trimmed) && !byCode?.has(trimmed.toUpperCase())) onChange(trimmed);
      setText(null);
    }
    onLeave();
  };

  const activeId = open ? `${listId}-${Math.min(active, hits.length - 1)}` : undefined;
  return (
    <div className="code-combobox">
      <div className="code-input-row">
        <input
          id={id}
          {...{ [FIELD_ATTRIBUTE]: '' }}
          type="text"
          role="combobox"
          className="mono code-input"
          autoComplete="off"
          spellCheck={false}
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          placeholder={readOnly ? undefined : t('editor.codePlaceholder')}
          readOnly={readOnly}
          value={text ?? value ?? ''}
          onChange={(event) => type(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={leave}
        />
        <span className="code-name" title={entry ? hitName(entry, i18n.language) : undefined}>
          {entry ? hitName(entry, i18n.language) : ''}
        </span>
      </div>
      {open && (
        <SuggestionList id={listId} items={hits} active={active} itemKey={(hit) => hit.code} onPick={accept}>
          {(hit) => (
            <>
              <span className="mono">{declaredCode(hit)}</span>
              <span>{hitName(hit, i18n.language)}</span>
              {hit.extra?.declareAs && <span className="muted mono">{hit.code}</span>}
            </>
          )}
        </SuggestionList>
      )}
    </div>
  );
}
