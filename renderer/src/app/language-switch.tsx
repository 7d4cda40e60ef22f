import { useTranslation } from 'react-i18next';
import { Language } from '../../../shared/ipc/contract';
import { showErrorToast } from '../components/show-error-toast';
import { applyLanguage, chooseLanguage, currentLanguage } from '../i18n/language';

/**
 * 中文 | English, each label always in its own language so it can be found from either side.
 * On the recovery screen there is no profile to remember the choice in; the local mirror keeps it.
 */
export function LanguageSwitch({ rememberInProfile = true }: { rememberInProfile?: boolean }) {
  const { t } = useTranslation();
  const active = currentLanguage();
  return (
    <div className="segmented" role="group" aria-label={t('language.label')}>
      {Language.options.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={language === active}
          onClick={() => (rememberInProfile ? chooseLanguage(language) : applyLanguage(language)).catch(showErrorToast)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
