import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/route';
import { withDeclaration } from './packing-edits';
import { usePackingStore } from './packing-store';
import { declarationLabel, useDeclarations } from './use-declaration-titles';

/** The declaration this list belongs to (stored as declarationId): the X- rules compare the two. */
export function DeclarationLink({ declarationId, readOnly }: { declarationId: string | undefined; readOnly: boolean }) {
  const { t } = useTranslation();
  const declarations = useDeclarations();
  const update = usePackingStore((s) => s.update);
  const saveNow = usePackingStore((s) => s.saveNow);
  const known = declarations.some((d) => d.id === declarationId);
  return (
    <div className="pl-link">
      <label htmlFor="pl-declaration">{t('packing.link.label')}</label>
      <select
        id="pl-declaration"
        value={declarationId ?? ''}
        disabled={readOnly}
        onChange={(e) => {
          update((l) => withDeclaration(l, e.target.value));
          void saveNow();
        }}
      >
        <option value="">{t('packing.link.none')}</option>
        {declarationId && !known && <option value={declarationId}>{t('packing.missingDeclaration')}</option>}
        {declarations.map((d) => (
          <option key={d.id} value={d.id}>
            {declarationLabel(d, t('declarations.untitled'))}
          </option>
        ))}
      </select>
      {declarationId && known && (
        <button type="button" className="link-button" onClick={() => navigate({ area: 'declarations', draftId: declarationId })}>
          {t('packing.link.open')}
        </button>
      )}
    </div>
  );
}
