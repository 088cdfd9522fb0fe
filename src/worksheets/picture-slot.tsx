import { lazy, Suspense, useEffect, useRef, useState, type ComponentType } from 'react';

/**
 * A picture under a field (the relationship map, the timeline), loaded when its place comes near
 * the screen: a lesson opened at its worksheet does not fetch the code of a picture further down.
 */
export function pictureSlot(load: () => Promise<{ default: ComponentType }>): ComponentType {
  const Picture = lazy(load);
  return function PictureSlot() {
    const place = useRef<HTMLDivElement>(null);
    const [near, setNear] = useState(false);
    useEffect(() => {
      const node = place.current;
      if (!node || typeof IntersectionObserver === 'undefined') return setNear(true);
      const observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      }, { rootMargin: '600px 0px' });
      observer.observe(node);
      return () => observer.disconnect();
    }, []);
    return (
      <div className="picture-slot" ref={place}>
        {near ? (
          <Suspense>
            <Picture />
          </Suspense>
        ) : null}
      </div>
    );
  };
}
