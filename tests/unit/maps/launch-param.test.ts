import { describe, expect, it } from 'vitest';
import { formatLaunchParam, launchFromSearch, parseLaunchParam } from '../../../src/lib/maps/launch-param.ts';

describe('the launch point in the address', () => {
  it('reads latitude,longitude into [lon, lat]', () => {
    expect(parseLaunchParam('50.60,36.59')).toEqual([36.59, 50.6]);
    expect(parseLaunchParam('-33.9,151.2')).toEqual([151.2, -33.9]);
  });

  it.each(['', 'abc', '50.6', '91,30', '50,181', '50.6;36.5', '"><script>alert(1)</script>', '1e2,3', '50.6,36.5,1', 'x'.repeat(100)])('ignores %j', (value) =>
    expect(parseLaunchParam(value)).toBeNull(),
  );

  it('writes two decimals, about a kilometre', () => {
    expect(formatLaunchParam([36.5871, 50.6049])).toBe('50.60,36.59');
  });

  it('lets a map’s own parameter win, and gives the plain one to the first map only', () => {
    const search = new URLSearchParams('launch=51.67,39.18&launch-other-map=39.9,127.5');
    expect(launchFromSearch(search, 'demo-900km', true)).toEqual([39.18, 51.67]);
    expect(launchFromSearch(search, 'other-map', false)).toEqual([127.5, 39.9]);
    expect(launchFromSearch(new URLSearchParams('launch=51.67,39.18'), 'other-map', false)).toBeNull();
  });
});
