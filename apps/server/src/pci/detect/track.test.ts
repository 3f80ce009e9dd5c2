import { describe, expect, it } from 'vitest';
import { scanPci } from './scan.js';

const tracks = (text: string) =>
  scanPci(text).findings.map((f) => ({
    kind: f.kind,
    text: text.slice(f.start, f.end),
    last4: f.last4,
  }));

describe('magnetic-stripe track data', () => {
  it.each([
    '%B4111111111111111^DOE/JOHN^2712101000000000000?',
    'B4111111111111111^DOE/JOHN^27121010000',
    ';4111111111111111=27121010000000000000?',
    '4111111111111111=2712101000000',
  ])('finds %s', (track) => {
    expect(tracks(`swiped: ${track} ok`)).toEqual([{ kind: 'track', text: track, last4: '1111' }]);
  });

  it('does not take an equation or a query string for track data', () => {
    expect(tracks('x=1234567890123=4567')).toEqual([]);
    expect(tracks('see ?page=2&id=77')).toEqual([]);
  });
});
