import { useTranslation } from 'react-i18next';
import type { PolicyProblem } from '../../../../../shared/settings/schema';
import { currentLanguage } from '../../../i18n/language';

/** The policy's problems, one line each; every message starts with the key at fault and says what is wrong. */
export function PolicyProblemList({ problems }: { problems: readonly PolicyProblem[] }) {
  const { t } = useTranslation();
  const zh = currentLanguage() === 'zh-CN';
  return (
    <ul className="policy-problems" aria-label={t('policy.problemsLabel')}>
      {problems.map((problem, index) => (
        <li key={`${problem.key}-${index}`} data-key={problem.key}>
          {zh ? problem.messageZh : problem.messageEn}
        </li>
      ))}
    </ul>
  );
}
