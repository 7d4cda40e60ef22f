import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentTransport } from '../transport/current-transport';
import { LanguageSwitch } from './language-switch';
import { NetworkStatus } from './network-status';

function useOnline(): boolean {
  const connection = currentTransport().connection;
  const [online, setOnline] = useState(true);
  useEffect(() => connection.onChange(setOnline), [connection]);
  return online;
}

export function HeaderBar() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <header className="header-bar">
      <div className="brand">
        <span className="brand-name" lang="zh-CN">
          {t('app.name')}
        </span>
        <span className="brand-latin" lang="en">
          {t('app.latinName')}
        </span>
      </div>
      {!online && (
        <span className="connection-lost" role="status">
          {t('connection.lost')}
        </span>
      )}
      <span className="toolbar-spacer" />
      <NetworkStatus />
      <LanguageSwitch />
    </header>
  );
}
