import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => void };
}

interface ToastStore {
  toast: Toast | null;
  show(toast: Omit<Toast, 'id'>): void;
  dismiss(id: number): void;
}

/** Long enough to reach "撤销" by mouse or keyboard, short enough not to pile up. */
const TOAST_MS = 8000;
let nextId = 1;

/** One toast at a time: a newer notice replaces the older one. */
export const useToastStore = create<ToastStore>((set, get) => ({
  toast: null,
  show(toast) {
    const id = nextId++;
    set({ toast: { ...toast, id } });
    window.setTimeout(() => get().dismiss(id), TOAST_MS);
  },
  dismiss(id) {
    if (get().toast?.id === id) set({ toast: null });
  },
}));
