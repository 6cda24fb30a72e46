import { useEffect, useRef } from 'react';
import { useApi } from '../../api/context';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
const TOUCH_EVERY_MS = 60_000;
const CHECK_EVERY_MS = 5_000;

/**
 * Locks the screen after `minutes` without input, and tells the core now and then that the user
 * is active (the core locks an idle session on its side too).
 */
export function useIdleLock(minutes: number, active: boolean, onIdle: () => void): void {
  const api = useApi();
  const lastInput = useRef(0);
  const lastTouch = useRef(0);
  useEffect(() => {
    if (!active) return;
    lastInput.current = Date.now();
    lastTouch.current = lastInput.current;
    const onActivity = () => {
      lastInput.current = Date.now();
      if (lastInput.current - lastTouch.current > TOUCH_EVERY_MS) {
        lastTouch.current = lastInput.current;
        void api.call('auth.touch', {}).catch(() => undefined);
      }
    };
    ACTIVITY_EVENTS.forEach((name) => window.addEventListener(name, onActivity, { passive: true }));
    const timer = window.setInterval(() => {
      if (Date.now() - lastInput.current >= minutes * 60_000) onIdle();
    }, CHECK_EVERY_MS);
    return () => {
      ACTIVITY_EVENTS.forEach((name) => window.removeEventListener(name, onActivity));
      window.clearInterval(timer);
    };
  }, [api, minutes, active, onIdle]);
}
