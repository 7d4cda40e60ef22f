import { useTranslation } from 'react-i18next';
import { OutboxBadge } from '../areas/outbox/outbox-badge';
import { areas, type AreaId } from './areas';

export function NavBar({ active }: { active: AreaId }) {
  const { t } = useTranslation();
  return (
    <nav className="nav-bar" aria-label={t('nav.label')}>
      <ul>
        {areas.map((area) => (
          <li key={area.id}>
            <a
              href={`#/${area.id}`}
              aria-current={area.id === active ? 'page' : undefined}
              aria-keyshortcuts={`Alt+${area.key}`}
            >
              <span className="nav-label">{t(area.labelKey)}</span>
              {area.id === 'outbox' && <OutboxBadge />}
              <span className="nav-key" aria-hidden="true">
                {t('nav.shortcut', { key: area.key })}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
