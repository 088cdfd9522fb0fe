import { useEffect } from 'react';

/**
 * Calls `onNear` once, when the element comes within `margin` of the screen: the code and words a
 * part needs load when the reader gets there, not with the page (fill-in mode's screens and pager,
 * the pictures under a worksheet's field). Without IntersectionObserver, at once.
 */
export function useNear(element: { current: HTMLElement | null }, onNear: () => void, margin: string, enabled = true) {
  useEffect(() => {
    const target = element.current;
    if (!enabled || !target) return;
    if (typeof IntersectionObserver === 'undefined') return onNear();
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        onNear();
      },
      { rootMargin: margin },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, onNear, margin, enabled]);
}
