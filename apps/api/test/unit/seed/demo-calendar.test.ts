import { DEMO_CALENDAR_WRITTEN_FOR, demoCalendar } from '../../../src/db/seed/programme/demo-calendar';

describe('demoCalendar', () => {
  it('leaves the calendar as written when loaded on the day it was written for', () => {
    const calendar = demoCalendar(DEMO_CALENDAR_WRITTEN_FOR);
    expect(calendar.offsetDays).toBe(0);
    expect(calendar.date('2027-03-18')).toBe('2027-03-18');
    expect(calendar.label('eurostars-2027-cut-off-1', '2027-03-04')).toBe('eurostars-2027-cut-off-1');
  });

  it('moves dates by whole days, backwards too, across leap days', () => {
    expect(demoCalendar('2028-12-01').date('2027-03-01')).toBe('2029-03-01');
    expect(demoCalendar('2026-11-01').date('2027-03-01')).toBe('2027-01-30');
  });

  it('moves the years in a name as far as its anchor date’s year moved', () => {
    const calendar = demoCalendar('2027-04-01'); // 121 days later
    expect(calendar.label('Cluster Internationalisation Programme (2026 call)', '2026-05-28')).toBe(
      'Cluster Internationalisation Programme (2026 call)',
    );
    expect(calendar.label('HORIZON-CL4-2026-X-2027', '2026-11-20')).toBe('HORIZON-CL4-2027-X-2028');
    expect(calendar.label('Industry 4.0 mission', '2026-11-20')).toBe('Industry 4.0 mission');
  });

  it('rejects what is not a day', () => {
    for (const bad of ['2027-02-30', '2027-2-3', 'today', '2027-02-03T00:00:00Z']) expect(() => demoCalendar(bad)).toThrow(/not a date/);
  });
});
