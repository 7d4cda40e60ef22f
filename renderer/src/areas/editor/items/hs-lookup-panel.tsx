import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TariffLineDetail, TariffSearchResult } from '../../../../../shared/codes/api';
import { formatHsCode } from '../../../../../shared/codes/search';
import { api } from '../../../transport/current-transport';
import { rememberTariffLine, useReferenceStore } from '../codes/reference-store';
import { DialogFrame } from '../../../components/dialog-frame';

const SEARCH_DEBOUNCE_MS = 120;

interface Props {
  initialQuery: string;
  onChoose(line: TariffLineDetail): void;
  onClose(): void;
}

function useTariffSearch(query: string): TariffSearchResult | null {
  const [result, setResult] = useState<{ query: string; value: TariffSearchResult } | null>(null);
  useEffect(() => {
    if (!query.trim()) return;
    let stale = false;
    const timer = window.setTimeout(() => {
      api()
        .tariff.search({ query: query.slice(0, 100), limit: 30 })
        .then((value) => {
          if (!stale) setResult({ query, value });
        })
        .catch(() => undefined);
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      stale = true;
      window.clearTimeout(timer);
    };
  }, [query]);
  return query.trim() && result ? result.value : null;
}

/** The highlighted line's full detail (units with names, elements), fetched once per code. */
function useLineDetail(code: string | undefined): TariffLineDetail | null | undefined {
  const detail = useReferenceStore((s) => (code ? s.tariff[code] : undefined));
  useEffect(() => {
    if (!code || detail !== undefined) return;
    api()
      .tariff.get({ code })
      .then((line) => line && rememberTariffLine(line))
      .catch(() => undefined);
  }, [code, detail]);
  return detail;
}

/**
 * 商品编号查询 (F2): type a code or words in Chinese or English; ↓/↑ move through the tariff
 * lines, the right side shows the legal units and declaration elements, Enter takes the line.
 */
export function HsLookupPanel({ initialQuery, onChoose, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const result = useTariffSearch(query);
  const lines = result?.lines ?? [];
  const current = lines[Math.min(active, lines.length - 1)];
  const detail = useLineDetail(current?.code);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(0, Math.min(lines.length - 1, a + (event.key === 'ArrowDown' ? 1 : -1))));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      if (detail) onChoose(detail);
    }
  };

  const unitText = (unit: TariffLineDetail['firstUnit'] | null) => (unit ? `${unit.code} ${unit.nameZh ?? ''}` : t('hs.noSecondUnit'));
  return (
    <DialogFrame titleId="hs-title" title={t('hs.title')} hint={t('hs.hint')} closeLabel={t('hs.close')} onClose={onClose} onKeyDown={onKeyDown}>
      <input
        ref={input}
        type="search"
        aria-label={t('hs.searchLabel')}
        placeholder={t('hs.placeholder')}
        value={query}
        autoComplete="off"
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
      />
      <div className="hs-body">
        <ul className="hs-lines" role="listbox" aria-label={t('hs.lines')}>
          {lines.length === 0 && <li className="muted">{query.trim() ? t('hs.noResults') : t('hs.typeToSearch')}</li>}
          {lines.map((line, index) => (
            <li
              key={line.code}
              role="option"
              aria-selected={line === current}
              className={line === current ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                setActive(index);
              }}
              onDoubleClick={() => detail && onChoose(detail)}
            >
              <span className="mono">{formatHsCode(line.code)}</span>
              <span className="hs-line-name">{zh ? line.nameZh : (line.nameEn ?? line.nameZh)}</span>
            </li>
          ))}
        </ul>
        <div className="hs-detail" aria-live="polite">
          {detail && (
            <>
              <h3 className="mono">{formatHsCode(detail.code)}</h3>
              <p>{zh ? detail.nameZh : (detail.nameEn ?? detail.nameZh)}</p>
              <dl>
                <dt>{t('hs.firstUnit')}</dt>
                <dd className="mono">{unitText(detail.firstUnit)}</dd>
                <dt>{t('hs.secondUnit')}</dt>
                <dd className="mono">{unitText(detail.secondUnit)}</dd>
              </dl>
              <h4>{t('hs.elements')}</h4>
              <ol className="hs-elements">
                {detail.elements.map((e) => (
                  <li key={e.seq}>
                    {zh ? e.nameZh : (e.nameEn ?? e.nameZh)}
                    {e.required ? ' *' : ''}
                  </li>
                ))}
              </ol>
              <button type="button" className="primary-button" onClick={() => onChoose(detail)}>
                {t('hs.choose')} <kbd>Enter</kbd>
              </button>
            </>
          )}
          {result && result.hs.length > 0 && (
            <>
              <h4>{t('hs.hsHeadings')}</h4>
              <ul className="hs-subheadings">
                {result.hs.slice(0, 5).map((h) => (
                  <li key={h.code}>
                    <span className="mono">{formatHsCode(h.code)}</span> {h.descriptionEn}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
    </DialogFrame>
  );
}
