import { useCallback, useState } from 'react';

export interface Selection {
  selected: ReadonlySet<string>;
  /** A click with its modifiers: plain replaces, Ctrl toggles, Shift extends from the last anchor. */
  click(id: string, modifiers: { ctrl: boolean; shift: boolean }): void;
  toggle(id: string): void;
  setAll(on: boolean): void;
  clear(): void;
}

/** Multi-select over the visible rows in their shown order; ids no longer shown drop out. */
export function useSelection(order: readonly string[]): Selection {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<string | null>(null);
  const selected = new Set([...picked].filter((id) => order.includes(id)));

  const toggle = useCallback((id: string) => {
    setPicked((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
    setAnchor(id);
  }, []);

  const click = (id: string, { ctrl, shift }: { ctrl: boolean; shift: boolean }) => {
    if (shift && anchor && order.includes(anchor)) {
      const from = Math.min(order.indexOf(anchor), order.indexOf(id));
      const to = Math.max(order.indexOf(anchor), order.indexOf(id));
      setPicked(new Set([...(ctrl ? selected : []), ...order.slice(from, to + 1)]));
      return;
    }
    if (ctrl) return toggle(id);
    setPicked(new Set([id]));
    setAnchor(id);
  };

  return {
    selected,
    click,
    toggle,
    setAll: (on) => setPicked(on ? new Set(order) : new Set()),
    clear: () => setPicked(new Set()),
  };
}
