import { describe, expect, it } from 'vitest';
import { breakWord, wrap, wrapText } from '../../src/pdf/wrap';

/** Every character one unit wide: widths are character counts. */
const measure = (text: string) => [...text].length;

describe('wrapping text to lines', () => {
  it.each<[string, string, number, string[]]>([
    ['wraps at spaces', 'een twee drie vier', 9, ['een twee', 'drie vier']],
    ['keeps each line break and an empty line', 'een\n\ntwee', 20, ['een', '', 'twee']],
    ['keeps indentation at the start of a paragraph', '    ingesprongen tekst', 30, ['    ingesprongen tekst']],
    ['keeps runs of spaces between words on a line', 'a   b', 10, ['a   b']],
    ['drops the spaces where a line breaks', 'aaaa    bbbb', 6, ['aaaa', 'bbbb']],
    ['breaks a long URL after a slash', 'zie https://voorbeeld.nl/een/twee/drie', 16, ['zie', 'https://', 'voorbeeld.nl/', 'een/twee/drie']],
    ['breaks a word without separators anywhere', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['does not break inside a number', 'totaal 1.250.000,50', 10, ['totaal', '1.250.000,', '50']],
  ])('%s', (_name, text, width, lines) => {
    expect(wrapText(text, width, measure)).toEqual(lines);
  });

  it('keeps combining accents with their letter when it breaks a word', () => {
    expect(breakWord('e\u0301e\u0301e\u0301', 2, (t) => t.normalize('NFC').length)).toEqual(['e\u0301e\u0301', 'e\u0301']);
  });

  it('says which lines end inside a broken word', () => {
    expect(wrap('kort abcdefghij kort', 4, measure)).toEqual({
      lines: ['kort', 'abcd', 'efgh', 'ij', 'kort'],
      joined: [false, true, true, false, false],
    });
  });

  it.each([20, 35, 80])('never makes a line wider than %i and never loses a character', (width) => {
    const words = Array.from({ length: 400 }, (_, i) => (i % 37 === 0 ? `https://example.org/${'pad/'.repeat(i % 9)}${i}` : 'woord'.slice(0, (i % 5) + 1)));
    const text = words.join(' ');
    const lines = wrapText(text, width, measure);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(width);
    expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
  });
});
