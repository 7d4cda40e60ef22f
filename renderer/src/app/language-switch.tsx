import { useTranslation } from 'react-i18next';
import { Language } from '../../../shared/ipc/contract';
import { showErrorToast } from '../components/show-error-toast';
import { applyLanguage, chooseLanguage, currentLanguage } from '../i18n/language';
import { useLocked } from '../areas/settings/general/overview-store';

/**
 * 中文 | English, each label always in its own language so it can be found from either side.
 * On the recovery screen there is no profile to remember the choice in; the local mirror keeps it.
 */
export function LanguageSwitch({ rememberInProfile = true }: { rememberInProfile?: boolean }) {
  const { t } = useTranslation();
  const active = currentLanguage();
  // The administrator's policy may lock the language: the buttons say so instead of failing on click.
  const locked = useLocked('language') && rememberInProfile;
  return (
    <div className="segmented" role="group" aria-label={t('language.label')} title={locked ? t('generalSettings.locked') : undefined}>
      {Language.options.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === active}
          disabled={locked}
          onClick={() => (rememberInProfile ? chooseLanguage(language) : applyLanguage(language)).catch(showErrorToast)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
