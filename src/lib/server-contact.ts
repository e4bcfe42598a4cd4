import { create } from 'zustand';

/**
 * When the browser last heard back from the server. Every answered request keeps a session
 * alive, so this is what the idle warning counts from. Client state, so it lives in zustand.
 */
interface ServerContact {
  lastContactMs: number;
  touch: () => void;
}

export const useServerContact = create<ServerContact>()((set) => ({
  lastContactMs: Date.now(),
  touch: () => set({ lastContactMs: Date.now() }),
}));

export function noteServerContact(): void {
  useServerContact.getState().touch();
}
