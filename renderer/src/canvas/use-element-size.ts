import { useEffect, useState, type RefObject } from 'react';
import type { Size } from './viewport';

/** Used when the environment cannot measure (jsdom has no layout and no ResizeObserver). */
const UNMEASURED: Size = { width: 640, height: 480 };

/** The element's content size, following resizes. */
export function useElementSize(ref: RefObject<HTMLElement | null>): Size {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (typeof ResizeObserver === 'undefined') {
      setSize(UNMEASURED);
      return;
    }
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      setSize({ width: Math.floor(width), height: Math.floor(height) });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
