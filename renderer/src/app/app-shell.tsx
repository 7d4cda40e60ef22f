import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../shared/ipc/contract';
import { DeclarationList } from '../areas/declarations/declaration-list';
import { DraftEditor } from '../areas/editor/draft-editor';
import { useUnloadGuard } from '../areas/editor/use-unload-guard';
import { PackingEditor } from '../areas/packing-lists/packing-editor';
import { PackingListArea } from '../areas/packing-lists/packing-list-area';
import { RecycleBin } from '../areas/recycle-bin/recycle-bin';
import { SettingsArea } from '../areas/settings/settings-area';
import { LibrariesArea } from '../areas/libraries/libraries-area';
import { OutboxArea } from '../areas/outbox/outbox-area';
import { useSyncStatusFeed } from '../areas/outbox/sync-status-store';
import { FeesArea } from '../areas/fees/fees-area';
import { ToastView } from '../components/toast-view';
import { HeaderBar } from './header-bar';
import { NavBar } from './nav-bar';
import { PolicyBanner } from './policy-banner';
import { useOverviewFeed } from '../areas/settings/general/overview-store';
import type { Route } from './route';
import { useAreaShortcuts } from './use-area-shortcuts';
import { useRoute } from './use-route';
import { useSettingsEvents } from './use-settings-events';

// The clearance dashboard's charts (recharts) are a third of the renderer's code and only that area
// draws them: it loads the first time the area opens, so every start parses a third less.
const TrackingArea = lazy(() => import('../areas/tracking/tracking-area').then((module) => ({ default: module.TrackingArea })));

function AreaLoading() {
  const { t } = useTranslation();
  return <p className="table-note">{t('app.loadingArea')}</p>;
}

function AreaView({ route, status }: { route: Route; status: AppStatus }) {
  if ('draftId' in route) return <DraftEditor id={route.draftId} />;
  if ('recycleBin' in route) return <RecycleBin />;
  if ('packingListId' in route) return <PackingEditor id={route.packingListId} />;
  switch (route.area) {
    case 'declarations':
      return <DeclarationList />;
    case 'packing-lists':
      return <PackingListArea />;
    case 'settings':
      return <SettingsArea status={status} />;
    case 'libraries':
      return <LibrariesArea />;
    case 'outbox':
      return <OutboxArea />;
    case 'tracking':
      return (
        <Suspense fallback={<AreaLoading />}>
          <TrackingArea />
        </Suspense>
      );
    case 'fees':
      return <FeesArea />;
    default:
      // Every area in the navigation has its screen; an unknown route shows nothing.
      return null;
  }
}

export function AppShell({ status }: { status: AppStatus }) {
  const route = useRoute();
  useAreaShortcuts();
  useUnloadGuard();
  useSettingsEvents();
  useSyncStatusFeed();
  useOverviewFeed();
  return (
    <div className="app-shell">
      <HeaderBar />
      <PolicyBanner />
      <div className="shell-body">
        <NavBar active={route.area} />
        <main className="area-host">
          <AreaView route={route} status={status} />
        </main>
      </div>
      <ToastView />
    </div>
  );
}
