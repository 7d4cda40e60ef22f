import type { AreaId } from './areas';

/**
 * Where the UI is, kept in the URL fragment (`#/declarations/<id>`) so that a reload, in the
 * browser or in Electron, reopens the same screen.
 */
export type Route =
  | { area: AreaId }
  | { area: 'declarations'; draftId: string }
  | { area: 'declarations'; recycleBin: true }
  | { area: 'packing-lists'; packingListId: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second] = parts;
  switch (first) {
    case 'packing-lists':
      return second ? { area: 'packing-lists', packingListId: second } : { area: first };
    case 'tracking':
    case 'fees':
    case 'outbox':
    case 'settings':
    case 'libraries':
      return { area: first };
    case 'recycle-bin':
      return { area: 'declarations', recycleBin: true };
    case 'declarations':
      return second ? { area: 'declarations', draftId: second } : { area: 'declarations' };
    default:
      return { area: 'declarations' };
  }
}

export function routeHash(route: Route): string {
  if ('draftId' in route) return `#/declarations/${encodeURIComponent(route.draftId)}`;
  if ('recycleBin' in route) return '#/recycle-bin';
  if ('packingListId' in route) return `#/packing-lists/${encodeURIComponent(route.packingListId)}`;
  return `#/${route.area}`;
}

export function navigate(route: Route): void {
  const hash = routeHash(route);
  if (window.location.hash !== hash) window.location.hash = hash;
}
