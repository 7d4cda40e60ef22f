import { useTranslation } from 'react-i18next';
import type { AreaLabelKey } from './areas';

/** An honest placeholder: the area exists in the navigation, its content does not yet. */
export function ComingSoon({ labelKey }: { labelKey: AreaLabelKey }) {
  const { t } = useTranslation();
  return (
    <section className="area" aria-labelledby="coming-heading">
      <div className="area-toolbar">
        <h1 id="coming-heading">{t(labelKey)}</h1>
      </div>
      <div className="placeholder-panel">
        <p>{t('comingSoon.body')}</p>
        <p className="muted">{t('comingSoon.detail')}</p>
      </div>
    </section>
  );
}
