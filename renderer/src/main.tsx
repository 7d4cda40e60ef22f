import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { AppRoot } from './app/app-root';
import { NoTokenScreen } from './app/no-token-screen';
import { initI18n } from './i18n/i18n';
import { applyLanguage, mirroredLanguage } from './i18n/language';
import { installTransport } from './transport/current-transport';
import { detectTransport } from './transport/detect-transport';
import { forgetHostToken } from './transport/host-token';
import './styles/base.css';
import './styles/shell.css';
import './styles/table.css';
import './styles/form.css';
import './styles/editor.css';
import './styles/screens.css';

function showNoToken(root: Root): void {
  root.render(<NoTokenScreen />);
}

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html lacks #root');
  const root = createRoot(container);

  const transport = detectTransport();
  if (transport.kind === 'no-token') {
    showNoToken(root);
    return;
  }
  installTransport(transport);
  const language = mirroredLanguage();
  await initI18n(language);
  await applyLanguage(language);

  // A stored token from an earlier host run is refused: forget it and ask for the new address.
  const onUnauthorized = () => {
    forgetHostToken();
    showNoToken(root);
  };
  root.render(
    <StrictMode>
      <AppRoot onUnauthorized={onUnauthorized} />
    </StrictMode>,
  );
}

void start();
