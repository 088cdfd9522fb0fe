import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/plan/model/steps';
import { FINISH, readFragment, readTarget } from '../../src/worksheets/fill-in/address';

const finish = STEPS.length + 1;
const field = (anchor: string) => (anchor === 'werkblad-sector' ? 3 : undefined);

describe("fill-in mode's address", () => {
  it('names a step, the last screen or a field', () => {
    expect(readTarget('#stap-1', finish, field)).toEqual({ screen: 1 });
    expect(readTarget(`#stap-${STEPS.length}`, finish, field)).toEqual({ screen: STEPS.length });
    expect(readTarget(`#${FINISH}`, finish, field)).toEqual({ screen: finish });
    expect(readTarget('#werkblad-sector', finish, field)).toEqual({ screen: 3, field: 'werkblad-sector' });
    expect(readTarget('#werkblad-%73ector', finish, field)).toEqual({ screen: 3, field: 'werkblad-sector' });
  });

  // Issue 26: these threw "URIError: URI malformed" and the whole island failed.
  it.each(['#%', '#%zz', '#stap-%E0%A4%A', '#stap-0', `#stap-${finish}`, '#stap-99999999999999999999', '#werkblad-bestaat-niet', '#', ''])(
    'reads %j as no address (the page opens at the start), without an error',
    (hash) => {
      expect(readTarget(hash, finish, field)).toBeNull();
    },
  );

  it('never throws, whatever follows the # (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const target = readTarget(`#${text}`, finish, field);
        if (target) expect(target.screen >= 1 && target.screen <= finish).toBe(true);
        expect(() => readFragment(`#${text}`)).not.toThrow();
      }),
    );
  });
});
