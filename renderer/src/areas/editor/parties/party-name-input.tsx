import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryRecord } from '../../../../../shared/model/library';
import type { Party } from '../../../../../shared/model/parties';
import { api } from '../../../transport/current-transport';
import { useDebounced } from '../../declarations/use-debounced';
import { fieldIds } from '../editor-field';
import { FIELD_ATTRIBUTE } from '../field-navigation';
import { SuggestionList } from '../../../components/suggestion-list';

interface Props {
  id: string;
  value: string;
  error: string | null;
  readOnly: boolean;
  onType(text: string): void;
  onPick(party: Party): void;
  onLeave(): void;
}

const marker = { [FIELD_ATTRIBUTE]: '' };

/**
 * A party name field that offers the party library while the broker types: ↓/↑ choose, Enter
 * fills the name and the codes (then the form moves on as for any field), Esc closes the list.
 * Typing without choosing keeps the typed text: a firm need not be in the library.
 */
export function PartyNameInput({ id, value, error, readOnly, onType, onPick, onLeave }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState<string | null>(null);
  const [hits, setHits] = useState<LibraryRecord[]>([]);
  const [active, setActive] = useState(-1);
  const settled = useDebounced(query, 120);

  useEffect(() => {
    const text = settled?.trim();
    if (!text) return;
    let current = true;
    api()
      .library.list({ kind: 'party', text, limit: 8 })
      .then((found) => {
        if (current) setHits(found);
      })
      // The list is a convenience: if the library cannot answer, the field still takes typing.
      .catch(() => {
        if (current) setHits([]);
      });
    return () => {
      current = false;
    };
  }, [settled]);

  const open = query !== null && query.trim() !== '' && hits.length > 0;
  const listId = `${id}-parties`;
  const close = () => {
    setQuery(null);
    setActive(-1);
  };
  const pick = (record: LibraryRecord) => {
    if (record.body.kind === 'party') onPick(record.body.data);
    close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || !open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.max(0, Math.min(hits.length - 1, a + step)));
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    } else if (event.key === 'Enter' && active >= 0) {
      const record = hits[active];
      if (record) pick(record);
    }
  };

  return (
    <div className="code-combobox party-input">
      <input
        {...fieldIds(id, error)}
        {...marker}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
        value={value}
        readOnly={readOnly}
        onChange={(event) => {
          onType(event.target.value);
          setQuery(event.target.value);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          close();
          onLeave();
        }}
      />
      {open && (
        <SuggestionList
          id={listId}
          items={hits}
          active={active}
          itemKey={(record) => record.id}
          onPick={pick}
          className="party-list"
          ariaLabel={t('partyPick.label')}
          footer={
            <li className="party-hint muted" role="presentation">
              {t('partyPick.hint')}
            </li>
          }
        >
          {(record) => (
            <>
              <span>{record.label}</span>
              <span className="muted mono">{record.code}</span>
            </>
          )}
        </SuggestionList>
      )}
    </div>
  );
}
