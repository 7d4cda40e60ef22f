import type { KeyboardEvent, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../shared/model/documents';
import { displayTitle } from './document-title';
import { formatLocalTime } from './format-time';
import { moveRowFocus } from './row-keys';

interface Props {
  summary: DocumentSummary;
  selected: boolean;
  onOpen(summary: DocumentSummary): void;
  onTrash(summary: DocumentSummary): void;
  /** Ctrl/Shift+click selects instead of opening; Space toggles the focused row. */
  onSelect(summary: DocumentSummary, modifiers: { ctrl: boolean; shift: boolean }): void;
  onToggle(summary: DocumentSummary): void;
}

export function DeclarationRow({ summary, selected, onOpen, onTrash, onSelect, onToggle }: Props) {
  const { t } = useTranslation();
  const title = displayTitle(summary, t);
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.target !== event.currentTarget) return;
    if (moveRowFocus(event)) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(summary);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      onTrash(summary);
    } else if (event.key === ' ') {
      event.preventDefault();
      onToggle(summary);
    }
  };
  const onClick = (event: MouseEvent<HTMLTableRowElement>) => {
    const ctrl = event.ctrlKey || event.metaKey;
    if (ctrl || event.shiftKey) {
      event.preventDefault();
      onSelect(summary, { ctrl, shift: event.shiftKey });
    } else {
      onOpen(summary);
    }
  };
  return (
    <tr tabIndex={0} className={selected ? 'clickable-row selected-row' : 'clickable-row'} aria-selected={selected} onClick={onClick} onKeyDown={onKeyDown}>
      <td className="cell-check" onClick={(event) => event.stopPropagation()}>
        <input type="checkbox" aria-label={t('listTools.selectRow', { title })} checked={selected} onChange={() => onToggle(summary)} />
      </td>
      <td className={summary.title ? 'cell-title' : 'cell-title untitled'}>{title}</td>
      <td>{summary.direction ? t(`direction.${summary.direction}`) : t('direction.none')}</td>
      <td>
        <span className={`status-tag status-${summary.status}`}>{t(`status.${summary.status}`)}</span>
      </td>
      <td className="mono">{summary.clientSeqNo}</td>
      <td className="cell-time">{formatLocalTime(summary.updatedAt)}</td>
      <td className="cell-actions">
        <button
          type="button"
          className="small-button"
          aria-label={t('declarations.deleteLabel', { title })}
          onClick={(event) => {
            event.stopPropagation();
            onTrash(summary);
          }}
        >
          {t('declarations.delete')}
        </button>
      </td>
    </tr>
  );
}
