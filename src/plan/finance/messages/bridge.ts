/**
 * The words of the build-up of the revenue target (bridge-table.ts, bridge-chart.ts): its rows,
 * the sentences under it and the chart's labels. Amounts and percentages come in written. A
 * sentence with figures in bold is the list of its parts, the figures at the odd places.
 */

export const title = 'Opbouw van het omzetdoel';
export const columnPart = 'Onderdeel';
export const columnHow = 'Zo berekend';
export const columnAmount = 'Bedrag';
export const wait = 'Vul de omzet van vorig jaar (stap 1), de planjaren en je verkoopkansen in; dan verschijnt hier de opbouw van je omzetdoel.';

/** "Omzet 2026 (verwachting)" */
export const baseRow = (year: number, forecast: boolean) => `Omzet ${year}${forecast ? ' (verwachting)' : ''}`;
export const baseHow = 'uit de geschiedenis van stap 1';
export const noBase = 'Omzet vorig jaar';
export const noBaseHow = 'nog niet in de geschiedenis van stap 1';
export const growthRow = 'Groei van de bestaande omzet';
/** "3% van € 355.000" */
export const growthHow = (percent: string, base: string) => `${percent} van ${base}`;
export const growthMissing = 'nog geen groei ingevuld';
/** An opportunity's row: "(€ 40.500 − € 18.000) × 6/12 × 70%" */
export const opportunityHow = (value: string, replaces: string | null, months: number, probability: string) =>
  `${replaces ? `(${value} − ${replaces})` : value} × ${months}/12 × ${probability}`;
export const opportunityAfterYear = (year: number) => `order pas na ${year}: telt dit jaar niet mee`;
export const opportunityNoDate = 'zonder verwachte datum: telt niet mee';
export const opportunityLost = 'verloren: telt niet mee';
export const unnamedOpportunity = (index: number) => `verkoopkans ${index + 1}`;
export const expectedRow = (year: number) => `Verwachte omzet ${year}`;
export const expectedHow = 'bestaande omzet plus de verkoopkansen';
export const targetRow = (year: number) => `Omzetdoel ${year}`;
export const targetHow = 'uit de planjaren';
export const noTarget = (year: number) => `nog geen omzet voor ${year} in de planjaren`;
export const gapRow = 'Verschil: doel min verwachting';
/** "1,3% van de verwachte omzet" */
export const gapHow = (percent: string) => `${percent} van de verwachte omzet`;

/** How the target relates to the build-up. */
export const backed = (percent: string, tolerance: string) =>
  `Je doel ligt ${percent} boven de verwachte omzet: binnen de ${tolerance} die een plan kan dragen.`;
export const notBacked = (percent: string, tolerance: string) =>
  `Je doel ligt ${percent} boven de verwachte omzet, meer dan ${tolerance}: zoek meer verkoopkansen of stel je doel bij.`;
export const belowBridge = (amount: string) => `Je doel ligt ${amount} onder de verwachte omzet: het is voorzichtig.`;

/**
 * "Wat het budget oplevert in **2027**: de verkoopkansen die het dient brengen **€ 19.535** nieuwe
 * omzet, bij 28,5% marge **€ 5.567** extra brutomarge. Het budget kost **€ 13.300**: het saldo is **€ -7.733**."
 */
export const budgetReturn = (year: number, newBusiness: string, margin: string, returns: string, cost: string, balance: string) => [
  'Wat het budget oplevert in ',
  String(year),
  ': de verkoopkansen die het dient brengen ',
  newBusiness,
  ` nieuwe omzet, bij ${margin} marge `,
  returns,
  ' extra brutomarge. Het budget kost ',
  cost,
  ': het saldo is ',
  balance,
  '.',
];
export const budgetNoMargin = 'Vul de marge van het planjaar in; dan zie je wat het budget oplevert.';

/** "Gaat de grootste verkoopkans (…) niet door, dan verwacht je **€ …**: **€ …** onder je doel. Het saldo van het budget wordt **€ …**." */
export function sensitivity(name: string, expected: string, gap: string | null, under: boolean, balance: string | null): string[] {
  const saldo = balance === null ? '' : ' Het saldo van het budget wordt ';
  const parts = [`Gaat de grootste verkoopkans (${name}) niet door, dan verwacht je `, expected];
  if (gap !== null) parts.push(': ', gap, ` ${under ? 'onder' : 'boven'} je doel.${saldo}`);
  else parts.push(`.${saldo}`);
  if (balance !== null) parts.push(balance, '.');
  return parts;
}

/** Under the bars of the chart. */
export const chartBase = (year: number) => String(year);
export const chartGrowth = 'Groei bestaand';
export const chartExpected = (year: number) => `Verwacht ${year}`;
export const chartTarget = (year: number) => `Doel ${year}`;
export const chartGap = (amount: string) => `verschil ${amount}`;
/** The chart in one sentence, for screen readers: the parts already written, separated by semicolons. */
export const chartDescription = (year: number, parts: string) => `Opbouw van het omzetdoel ${year}, als watervalgrafiek: ${parts}.`;
/** One bar for screen readers. */
export const chartPart = (label: string, amount: string) => `${label} ${amount}`;
/** Under the chart: the value axis does not start at zero. */
export const axisFrom = (amount: string) => `De as begint bij ${amount}, niet bij nul.`;
