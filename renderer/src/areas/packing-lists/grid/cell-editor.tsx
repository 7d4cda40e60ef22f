import { useLayoutEffect, useRef } from 'react';

/** The input inside the cursor cell while typing; keys are handled by the grid around it. */
export function CellEditor({ value, onChange }: { value: string; onChange(text: string): void }) {
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const el = input.current;
    if (!el) return;
    el.focus();
    // Typing over a cell starts with the typed character: the caret goes after it.
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  return <input ref={input} className="grid-input" value={value} onChange={(event) => onChange(event.target.value)} spellCheck={false} />;
}
