import { describe, expect, it } from 'vitest';
import { bandCentre, gappedPath, ikmBarPercent, ikmDomain, labelEvery, linearScale, ticks } from './chart';

describe('the dashboard charts’ arithmetic', () => {
  it('maps values onto the drawing, upside down for a y axis, clamping what falls outside', () => {
    const y = linearScale([50, 100], [250, 10]);
    expect(y(50)).toBe(250);
    expect(y(100)).toBe(10);
    expect(y(75)).toBe(130);
    expect(y(120)).toBe(10);
    expect(y(0)).toBe(250);
  });

  it('starts the IKM axis at a round ten under the lowest value, at least 30 points tall, never under 25', () => {
    expect(ikmDomain([81.2, 84.5, null, 79.9])).toEqual([70, 100]);
    expect(ikmDomain([95, 96])).toEqual([70, 100]);
    expect(ikmDomain([26, 60])).toEqual([25, 100]);
    expect(ikmDomain([62.1])).toEqual([60, 100]);
    expect(ikmDomain([null, null])).toEqual([50, 100]);
  });

  it('draws a break where a bucket has fewer than 5 responses, never a line through it', () => {
    const d = gappedPath([
      { x: 10, y: 100 },
      { x: 20, y: 90 },
      { x: 30, y: null },
      { x: 40, y: 80 },
      { x: 50, y: 70.04 },
    ]);
    expect(d).toBe('M10 100 L20 90 M40 80 L50 70');
    expect(gappedPath([{ x: 1, y: null }])).toBe('');
  });

  it('puts each bucket in the middle of its band', () => {
    expect(bandCentre(0, 4, 0, 400)).toBe(50);
    expect(bandCentre(3, 4, 0, 400)).toBe(350);
  });

  it('labels every n-th bucket so the axis stays legible, and always the last', () => {
    const show = labelEvery(12, 6);
    expect([...Array(12).keys()].filter(show)).toEqual([0, 2, 4, 6, 8, 11]);
    expect([...Array(4).keys()].filter(labelEvery(4, 8))).toEqual([0, 1, 2, 3]);
  });

  it('gives round ticks across the axis', () => {
    expect(ticks(70, 100, 10)).toEqual([70, 80, 90, 100]);
    expect(ticks(1, 4, 0.5)).toEqual([1, 1.5, 2, 2.5, 3, 3.5, 4]);
  });

  it('measures a ranking bar from 25, the bottom of the IKM scale, not from a cut axis', () => {
    expect(ikmBarPercent(25)).toBe(0);
    expect(ikmBarPercent(100)).toBe(100);
    expect(ikmBarPercent(62.5)).toBe(50);
  });
});
