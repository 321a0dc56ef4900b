import { hasData, latestMeasured, maxOf, metTarget, niceMax, ticks, yearRange } from '../src/features/kpis/kpi-scale';

describe('KPI chart scales', () => {
  test('year ranges are inclusive and capped at the 20 periods the API accepts', () => {
    expect(yearRange(2022, 2026)).toEqual(['2022', '2023', '2024', '2025', '2026']);
    expect(yearRange(1990, 2026)).toHaveLength(20);
    expect(yearRange(1990, 2026)[0]).toBe('2007');
  });

  test('the axis top is a round number at least the largest value', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(3)).toBe(5);
    expect(niceMax(19)).toBe(20);
    expect(niceMax(21)).toBe(25);
    expect(niceMax(260)).toBe(500);
    expect(niceMax(0.3)).toBeCloseTo(0.5);
  });

  test('ticks are round, whole from 1 up, and at most six', () => {
    expect(ticks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ticks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(ticks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(ticks(25)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(ticks(1)).toEqual([0, 1]);
    expect(ticks(0.5)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5]);
  });

  const points = [
    { period: '2023', value: 2, target: 3 },
    { period: '2024', value: 4, target: null },
    { period: '2025', value: 0, target: null },
    { period: '2026', value: null, target: null },
  ];

  test('maximum, target met, latest measured period, and whether there is anything to draw', () => {
    expect(maxOf(points)).toBe(4);
    expect(metTarget(points[0]!)).toBe(false);
    expect(metTarget(points[1]!)).toBeNull();
    expect(metTarget({ period: '2024', value: 3, target: 3 })).toBe(true);
    expect(latestMeasured(points)).toBe('2024');
    expect(latestMeasured([{ period: '2026', value: 0, target: null }])).toBe('2026');
    expect(latestMeasured([])).toBeNull();
    expect(hasData(points)).toBe(true);
    expect(hasData([{ period: '2026', value: 0, target: null }])).toBe(false);
    expect(hasData([{ period: '2026', value: null, target: 5 }])).toBe(true);
  });
});
