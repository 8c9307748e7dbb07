// Reports user input to main (throttled) and asks main for the session state
// at a steady pace, so the lock screen appears when main has locked the
// session even if this window stayed idle.
import { useEffect } from 'react';
import { useSessionStore } from '../../store/session';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export interface ActivityOptions {
  /** At most one ping per this many ms. */
  pingEveryMs?: number;
  /** How often to ask main whether the session is still open. */
  pollEveryMs?: number;
}

export function useSessionActivity(active: boolean, { pingEveryMs = 30_000, pollEveryMs = 15_000 }: ActivityOptions = {}): void {
  useEffect(() => {
    if (!active) return;
    let lastPing = 0;
    const onInput = () => {
      const now = Date.now();
      if (now - lastPing < pingEveryMs) return;
      lastPing = now;
      void useSessionStore.getState().ping();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onInput, { capture: true, passive: true });
    const poll = window.setInterval(() => void useSessionStore.getState().refresh(), pollEveryMs);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onInput, { capture: true });
      window.clearInterval(poll);
    };
  }, [active, pingEveryMs, pollEveryMs]);
}
