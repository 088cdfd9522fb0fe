import { lazy, Suspense, useCallback, useRef, useState, type ComponentType } from 'react';
import { useNear } from './use-near';

/**
 * A picture under a field (the relationship map, the timeline), loaded when its place comes near
 * the screen: a lesson opened at its worksheet does not fetch the code of a picture further down.
 */
export function pictureSlot<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  const Picture = lazy(load);
  return function PictureSlot(props: P) {
    const place = useRef<HTMLDivElement>(null);
    const [near, setNear] = useState(false);
    useNear(place, useCallback(() => setNear(true), []), '600px', !near);
    return (
      <div className="picture-slot" ref={place}>
        {near ? (
          <Suspense>
            <Picture {...props} />
          </Suspense>
        ) : null}
      </div>
    );
  };
}
