/** The words of the relationship map (relationship-map.ts): its cards, its legend and its text for screen readers. */

/** A DMU member without a name: "Persoon 3". */
export const unnamedPerson = (index: number) => `Persoon ${index + 1}`;
/** The group of members who have no role yet. */
export const noRole = 'Nog geen rol';
/** Under a role no one has. */
export const nobodyInRole = 'Nog niemand in deze rol.';
/** "Invloed hoog · houding neutraal" */
export const standing = (influence: string, attitude: string) => `Invloed ${influence || 'onbekend'} · houding ${attitude || 'onbekend'}`;
/** The same in brief (a slide's map), attitude first: "voorstander, invloed hoog". */
export const briefStanding = (influence: string, attitude: string) => `${attitude || 'houding onbekend'}, invloed ${influence || 'onbekend'}`;
/** "Laatste contact: 12 juni 2026" */
export const lastContact = (date: string) => `Laatste contact: ${date}`;
/** The same, when it is longer ago than the review rhythm. */
export const lastContactStale = (date: string) => `Laatste contact: ${date}, te lang geleden`;
export const lastContactUnknown = 'Laatste contact: onbekend';
/** "Karin Vos (Salesmanager)": the owner with their role in step 5's team. */
export const ownerName = (name: string, role: string) => `${name}${role ? ` (${role})` : ''}`;
/** "Eigenaar: Karin Vos (Salesmanager)" */
export const owner = (name: string) => `Eigenaar: ${name}`;
export const ownerNone = 'Eigenaar: nog niemand';
/** Step 8's relationship scores: "Relatie nu 2, doel 3". */
export const relation = (now: number | null, target: number | null) =>
  now !== null && target !== null ? `Relatie nu ${now}, doel ${target}` : now !== null ? `Relatie nu ${now}` : `Relatie: doel ${target}`;

// ---------- legend ----------

export const legendInfluence = 'Dikke rand: veel invloed. Dunne rand: weinig invloed.';
/** "Grijs: langer geleden dan je reviewritme (kwartaal)." */
export const legendStale = (rhythm: string) => `Grijze datum: langer geleden dan je reviewritme (${rhythm}).`;
export const legendReportsTo = 'Een lijn loopt naar de persoon aan wie iemand rapporteert.';

// ---------- for screen readers ----------

/** The picture's name. */
export const title = (count: number) => `Relatiekaart van de DMU: ${count} ${count === 1 ? 'persoon' : 'personen'}`;
/** One member, all the card says: "Ingrid Bos (Bestuurder): beslisser, invloed hoog, houding neutraal, …". */
export const personDescription = (p: {
  name: string;
  position: string;
  role: string;
  influence: string;
  attitude: string;
  contact: string;
  stale: boolean;
  owner: string;
  relation: string;
  reportsTo: string;
}) =>
  [
    `${p.name}${p.position ? ` (${p.position})` : ''}: ${p.role || 'nog geen rol'}`,
    `invloed ${p.influence || 'onbekend'}`,
    `houding ${p.attitude || 'onbekend'}`,
    p.contact ? `laatste contact ${p.contact}${p.stale ? ', langer geleden dan het reviewritme' : ''}` : 'laatste contact onbekend',
    p.owner ? `eigenaar ${p.owner}` : 'nog geen eigenaar',
    ...(p.relation ? [p.relation.charAt(0).toLowerCase() + p.relation.slice(1)] : []),
    ...(p.reportsTo ? [`rapporteert aan ${p.reportsTo}`] : []),
  ].join(', ');
/** The whole map in sentences. */
export const description = (people: string[], tree: boolean) =>
  `${tree ? 'Organigram van de DMU, van boven naar beneden.' : 'De DMU per rol.'} ${people.map((p) => `${p}.`).join(' ')}`;
