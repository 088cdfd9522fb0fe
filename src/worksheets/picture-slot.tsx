import { lazy, Suspense, useCallback, useRef, useState, type ComponentType } from 'react';
import { useNear } from './use-near';

/**
 * A picture under a field (the relationship map, the timeline), loaded when its place comes near
 * the screen: a lesson opened at its worksheet does not fetch the code of a picture further down.
 * Until it is drawn, the slot holds the room of the line the picture shows when it has nothing to
 * draw (`wait`, unseen): with an empty plan, as a first visit and Lighthouse open a lesson, nothing
 * under the picture moves when its code arrives.
 */
export function pictureSlot<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, wait: string): ComponentType<P> {
  const Picture = lazy(load);
  const room = (
    <figure className="picture-figure" aria-hidden="true" style={{ visibility: 'hidden', margin: '0.75rem 0' }}>
      <p className="derived">{wait}</p>
    </figure>
  );
  return function PictureSlot(props: P) {
    const place = useRef<HTMLDivElement>(null);
    const [near, setNear] = useState(false);
    useNear(
      place,
      useCallback(() => setNear(true), []),
      '600px',
      !near,
    );
    return (
      <div className="picture-slot" ref={place}>
        {near ? (
          <Suspense fallback={room}>
            <Picture {...props} />
          </Suspense>
        ) : (
          room
        )}
      </div>
    );
  };
}
