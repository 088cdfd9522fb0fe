import { describe, expect, it } from 'vitest';
import { COVERED_RANGES, REPLACEMENT_MARK } from '../../src/pdf/fonts/coverage';
import { plainProperty } from '../../src/document/cover';
import { coverageFromRanges, sanitise, TextCleaner } from '../../src/pdf/text';

const covered = coverageFromRanges(COVERED_RANGES);
const clean = (text: string) => sanitise(text, covered, REPLACEMENT_MARK);
const M = REPLACEMENT_MARK;

describe('the PDF fonts', () => {
  it.each([
    ['Dutch', 'ĳ Ĳ ë ï é è ’s'],
    ['German', 'ä ö ü Ä Ö Ü ß ẞ'],
    ['French', 'à â ç é è ê ë î ï ô œ Œ ù û ü ÿ « »'],
    ['Polish', 'ą ć ę ł ń ó ś ź ż Ą Ć Ę Ł Ń Ó Ś Ź Ż'],
    ['Czech and Slovak', 'á č ď é ě í ň ó ř š ť ú ů ý ž ĺ ľ ŕ'],
    ['Turkish', 'ç ğ ı İ ö ş ü Ç Ğ Ş'],
    ['Scandinavian and Icelandic', 'å æ ø Å Æ Ø þ ð Þ Ð'],
    ['Romanian', 'ă â î ș ț Ș Ț ş ţ'],
    ['Hungarian, Baltic, Maltese', 'ő ű Ő Ű ā ē ī ū ģ ķ ļ ņ ċ ġ ħ ż'],
    ['Greek and Cyrillic names', 'Αθήνα Ελλάδα Болгария Київ'],
    ['typographic marks', '€ – — “ ” ‘ ’ „ ‚ • … ‰ « » ‹ › † ‡ ′ ″ −'],
    ['currency, units and numbers', '€ £ ¥ ¢ ₺ ₽ ₹ ₿ ° ± × ÷ ² ³ ½ ¼ № ™ © ® § ¶ µ CO₂'],
  ])('can draw every %s character', (_name, text) => {
    for (const char of text.replace(/ /g, '')) expect(covered(char.codePointAt(0)!), `${char} U+${char.codePointAt(0)!.toString(16)}`).toBe(true);
  });

  it('can draw the replacement mark itself', () => {
    expect(covered(REPLACEMENT_MARK.codePointAt(0)!)).toBe(true);
  });

  it.each([
    ['the soft hyphen', 0x00ad],
    ['a zero-width space', 0x200b],
    ['a control character', 0x0007],
    ['an emoji', 0x1f600],
  ])('does not claim %s', (_name, codePoint) => {
    expect(covered(codePoint)).toBe(false);
  });
});

describe('sanitising text for the PDF', () => {
  it.each<[string, string, string, number]>([
    ['keeps plain Dutch text as it is', 'Zorggroep Lindenhof – € 1.250,50 “citaat”', 'Zorggroep Lindenhof – € 1.250,50 “citaat”', 0],
    ['composes letters typed with combining accents (NFD)', 'Zoe\u0308 Cre\u0300me bru\u0302le\u0301e', 'Zoë Crème brûlée', 0],
    ['turns a tab into spaces', 'a\tb', 'a    b', 0],
    ['keeps line breaks of every kind as one newline', 'a\r\nb\rc\u2028d\u2029e\u000bf', 'a\nb\nc\nd\ne\nf', 0],
    ['drops control characters that would cut the line short', 'be\u0000gin\u0007 ein\u001bde\u007f\u0085', 'begin einde\n', 0],
    ['drops invisible format characters', 'zero\u200bwidth\u200d soft\u00adhyphen\ufeff \u202elinks', 'zerowidth softhyphen links', 0],
    ['replaces an emoji by one mark', 'Top 👍 klant', `Top ${M} klant`, 1],
    ['replaces an emoji with skin tone by one mark', 'Duim 👍🏽!', `Duim ${M}!`, 1],
    ['replaces a family emoji (joined by ZWJ) by one mark', 'Gezin 👨‍👩‍👧 samen', `Gezin ${M} samen`, 1],
    ['replaces a flag by one mark', 'Vlag 🇳🇱', `Vlag ${M}`, 1],
    ['keeps a symbol whose emoji selector it drops', '©\ufe0f 2027', '© 2027', 0],
    ['replaces each character of another script', 'Tokio 東京', `Tokio ${M}${M}`, 2],
    ['replaces a broken surrogate', 'x\ud800y', `x${M}y`, 1],
    ['draws a letter it lacks precomposed as letter plus accents', 'Nguyễn', 'Nguye\u0302\u0303n', 0],
  ])('%s', (_name, input, text, replaced) => {
    expect(clean(input)).toEqual({ text, replaced });
  });

  it('counts what the reader typed once, not where it is quoted again', () => {
    const cleaner = new TextCleaner(covered, M);
    const typed = cleaner.typed('Klant 🎉 en 東京');
    cleaner.quoted('Klant 🎉 en 東京');
    expect(typed).toBe(`Klant ${M} en ${M}${M}`);
    expect(cleaner.replaced).toBe(3);
  });

  it('makes document properties one clean line', () => {
    expect(plainProperty('  Zoe\u0308\tBos\n\u0007 ')).toBe('Zoë Bos');
  });
});
