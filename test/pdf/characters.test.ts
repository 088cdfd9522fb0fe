import { describe, expect, it } from 'vitest';
import { REPLACEMENT_MARK } from '../../src/pdf/fonts/coverage';
import type { Plan } from '../../src/plan/model/schema';
import { emptyPlan, firstMissingInOrder, readPdf, render, squash, typedTexts } from './fixtures';

const M = REPLACEMENT_MARK;

/** What a reader may type, what the PDF must show for it, and how many characters it replaces. */
const CASES: Array<[string, string, string, number]> = [
  ['Dutch', 'IJsselmeer, ’s-Hertogenbosch, coördinatie, ruïne, café, Ĳsbrand', 'IJsselmeer, ’s-Hertogenbosch, coördinatie, ruïne, café, Ĳsbrand', 0],
  ['German', 'Größe, Fußgängerübergänge, Äpfel, Österreich, GROẞ', 'Größe, Fußgängerübergänge, Äpfel, Österreich, GROẞ', 0],
  ['French', 'Œuvre, façade, naïveté, garçon, « guillemets », élève, Ÿ', 'Œuvre, façade, naïveté, garçon, « guillemets », élève, Ÿ', 0],
  ['Polish', 'Łódź, Żółć, Gęślą jaźń, Świętokrzyskie', 'Łódź, Żółć, Gęślą jaźń, Świętokrzyskie', 0],
  ['Czech', 'Příliš žluťoučký kůň úpěl ďábelské ódy', 'Příliš žluťoučký kůň úpěl ďábelské ódy', 0],
  ['Turkish', 'Çağrı, İstanbul, Işık, Gümüşhane', 'Çağrı, İstanbul, Işık, Gümüşhane', 0],
  ['Scandinavian', 'Ærøskøbing, Østergård, Åsa, Þórður, Eiðsvík', 'Ærøskøbing, Østergård, Åsa, Þórður, Eiðsvík', 0],
  ['Romanian and Hungarian', 'Timișoara, Țară, Győr, Hőség', 'Timișoara, Țară, Győr, Hőség', 0],
  ['typographic marks', '€ 1.250,50 – “citaat” ‘enkel’ • punt … „Duits” — lang', '€ 1.250,50 – “citaat” ‘enkel’ • punt … „Duits” — lang', 0],
  ['tabs', 'kolom-een\tkolom-twee\t\tkolom-drie', 'kolom-een kolom-twee kolom-drie', 0],
  ['control characters', 'begin\u0000tekst\u0007met\u001bstuurtekens\u007f einde', 'begintekstmetstuurtekens einde', 0],
  ['invisible characters', 'zacht\u00adafbreek\u200bteken\ufeffklaar', 'zachtafbreektekenklaar', 0],
  ['combining accents (NFD)', 'Zoe\u0308 Bro\u0308nte cre\u0300me bru\u0302le\u0301e', 'Zoë Brönte crème brûlée', 0],
  ['emoji', 'Topklant 👍 feest 🎉 duim 👍🏽 gezin 👨‍👩‍👧 vlag 🇳🇱', `Topklant ${M} feest ${M} duim ${M} gezin ${M} vlag ${M}`, 5],
  ['other scripts', 'Tokio 東京 en سلام', `Tokio ${M}${M} en ${M}${M}${M}${M}`, 6],
];

/** The same text in a paragraph, a list item and a table cell. */
function planWith(text: string): Plan {
  const plan = emptyPlan();
  plan.cover.title = 'Tekens';
  plan.envision.ambition = `Vooraf ${text} achteraf`;
  plan.envision.customerGoals = [{ id: 'g1', text: `Lijst ${text}` }];
  plan.discover.competitors = [{ id: 'c1', name: `Cel ${text}`, share: 10, strong: 'sterk', weak: 'zwak', threat: 3 }];
  return plan;
}

const count = (text: string, mark: string) => text.split(mark).length - 1;

describe('every character the reader types', () => {
  it.each(CASES)('prints %s as the reader sees it', async (_name, typed, shown, replaced) => {
    const result = render(planWith(typed));
    const { text } = await readPdf(result.bytes);
    for (const where of ['Vooraf', 'Lijst', 'Cel']) expect(squash(text)).toContain(squash(`${where} ${shown}`));
    expect(result.replacedCharacters).toBe(3 * replaced);
    expect(count(text, M)).toBe(3 * replaced);
  });

  it('keeps the words of every language in order in one plan, names included', async () => {
    const plan = emptyPlan();
    plan.cover.title = 'Accountplan Brouwerij Zoë & Söhne 2027';
    plan.cover.account = 'Brouwerij Zoë & Söhne';
    plan.cover.author = 'Łukasz Wróblewski';
    plan.cover.organisation = 'Société d’Équipement – afdeling Çağrı';
    plan.envision.ambition = CASES.map(([, typed]) => typed).join('\n');
    plan.discover.dmu = CASES.map(([name, typed], i) => ({
      id: `d${i}`,
      name: `${name} ${typed}`,
      position: 'Directeur',
      role: 'beslisser',
      influence: 'hoog',
      attitude: 'positief',
      lastContact: '2027-03-12',
      owner: 'Håkon Ødegård',
      reportsTo: '',
    }));
    const result = render(plan);
    const { text, info } = await readPdf(result.bytes);
    const shown = (t: string) => CASES.reduce((s, [, typed, visible]) => s.replace(typed, visible), t);
    expect(firstMissingInOrder(text, typedTexts(plan).map(shown))).toBeNull();
    const replaced = 2 * CASES.reduce((n, [, , , r]) => n + r, 0);
    expect(result.replacedCharacters).toBe(replaced);
    // The relationship map under the DMU shows the names again: replaced there too, but not counted twice.
    const map = text.indexOf('Relatiekaart');
    expect(map).toBeGreaterThan(0);
    expect(count(text.slice(0, map), M)).toBe(replaced);
    expect(count(text.slice(map), M)).toBeGreaterThan(0);
    expect(info).toMatchObject({ Title: 'Accountplan Brouwerij Zoë & Söhne 2027', Author: 'Łukasz Wróblewski' });
  });
});
