import { csvCell, csvLine } from '../../src/modules/exports/csv';

describe('CSV cells', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvLine(['a,b', 'say "hi"', 'two\nlines', null, 42])).toBe('"a,b","say ""hi""","two\nlines",,42\r\n');
  });

  it('defuses spreadsheet formulas but keeps negative numbers', () => {
    expect(csvCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('+33 1 23')).toBe("'+33 1 23");
    expect(csvCell('-3.46')).toBe('-3.46');
    expect(csvCell(['tech.lasers', 'tech.leds'])).toBe('tech.lasers;tech.leds');
  });
});
