import { useEffect } from 'react';
import { areas } from './areas';
import { navigate } from './route';

/** Alt+1..6 jumps to an area from anywhere, including from inside a form field. */
export function useAreaShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      // event.code, not event.key: on some layouts Alt+digit produces another character.
      const digit = /^Digit(\d)$/.exec(event.code)?.[1];
      const area = areas.find((a) => a.key === digit);
      if (!area) return;
      event.preventDefault();
      navigate({ area: area.id });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
