import { DESTEP_FACTORS } from '../model/schema';
import { check, everyRow, filled, finding, has, rows, self, texts, whenMissing } from './helpers';
import * as say from './messages';
import type { Finding, StepItem } from './types';

/** The checklist of lesson 3 (Discover), in the order the lesson lists it. */
export const DISCOVER: StepItem[] = [
  check({
    id: 'open-vragen',
    field: 'discover.missingInfo',
    text: 'Elke open vraag heeft een bron, iemand die het uitzoekt en een status.',
    run: (plan) =>
      everyRow('discover.missingInfo', plan.discover.missingInfo, {
        none: say.missingInfoNone,
        name: (row, i) => say.questionName(say.quote(row.question, say.onLine(i))),
        missing: (row) => [
          !filled(row.question) && say.theQuestionItself,
          !row.source && say.aSource,
          !filled(row.who) && say.whoFindsOut,
          !row.status && say.aStatus,
        ],
      }),
  }),
  check({
    id: 'klantprofiel',
    field: 'discover.sector',
    text: 'Sector, omvang, omzet, strategie en oriëntatie van de klant zijn ingevuld.',
    run: ({ discover: d }) =>
      whenMissing('discover.sector', say.customerMissing, [
        !filled(d.sector) && say.wordSector,
        !has(d.employees) && say.wordEmployees,
        !has(d.revenue) && say.wordRevenue,
        !filled(d.strategy) && say.wordStrategy,
        !d.orientation && say.wordOrientation,
      ]),
  }),
  check({
    id: 'dmu-beslisser-voorstander',
    field: 'discover.dmu',
    text: 'De DMU heeft minstens één beslisser en één voorstander.',
    run: ({ discover: d }) => {
      const out: Finding[] = [];
      if (!d.dmu.some((p) => p.role === 'beslisser')) out.push(finding('discover.dmu', say.noDecider));
      if (!d.dmu.some((p) => p.attitude === 'voorstander'))
        out.push(finding('discover.dmu', d.dmu.some((p) => p.attitude === 'positief') ? say.noSupporterOnlyPositive : say.noSupporter));
      return out;
    },
  }),
  check({
    id: 'dmu-eigenaar',
    field: 'discover.dmu',
    text: 'Elke persoon in de DMU heeft een rol, een houding en een eigenaar bij jullie.',
    run: (plan) =>
      everyRow('discover.dmu', plan.discover.dmu, {
        none: say.dmuNone,
        name: (row, i) => say.dmuPerson(say.quote(row.name, say.personOnLine(i))),
        missing: (row) => [!filled(row.name) && say.aName, !row.role && say.aRole, !row.attitude && say.anAttitude, !filled(row.owner) && say.anOwnerWithUs],
      }),
  }),
  self({ id: 'dmu-houding', text: 'De houding van elke persoon in de DMU steunt op iets wat die persoon zei of deed.' }),
  check({
    id: 'inkoopproces',
    field: 'discover.purchasingProcess',
    text: 'Je weet hoe de klant inkoopt, waar jouw producten in zijn inkoopportfolio staan, wie wat doet per inkoopfase en hoe hij bij jou koopt.',
    run: ({ discover: d }) =>
      whenMissing('discover.purchasingProcess', say.purchasingMissing, [
        !d.buyClass && say.theBuyClass,
        !filled(d.purchasingProcess) && say.howTheyBuy,
        !d.purchasingPortfolio && say.thePortfolio,
        !rows(d.purchasingPhases).some((p) => p.phase && filled(p.person)) && say.whoDoesWhatPerPhase,
        !filled(d.buyingFromUs) && say.howTheyBuyFromUs,
      ]),
  }),
  check({
    id: 'concurrenten',
    field: 'discover.competitors',
    text: 'Je kent de belangrijkste concurrenten, elk met zijn aandeel, waar hij sterk en zwak in is en hoe groot de dreiging is.',
    run: (plan) =>
      everyRow('discover.competitors', plan.discover.competitors, {
        none: say.competitorsNone,
        name: (row, i) => say.competitorName(say.quote(row.name, say.onLine(i))),
        missing: (row) => [
          !filled(row.name) && say.aName,
          !has(row.share) && say.aShare,
          !filled(row.strong) && say.whereStrong,
          !filled(row.weak) && say.whereWeak,
          !has(row.threat) && say.aThreatScore,
        ],
      }),
  }),
  check({
    id: 'eigen-bedrijf',
    field: 'discover.currentSales',
    text: 'Je weet wat je nu levert, welk aandeel je hebt en wat je sterktes zijn voor deze klant.',
    run: ({ discover: d }) =>
      whenMissing('discover.currentSales', say.ownCompanyMissing, [
        !filled(d.currentSales) && say.whatWeDeliver,
        !has(d.ourShare) && say.ourShareInTheirPurchasing,
        !texts(d.ourStrengths).length && say.ourStrengthsHere,
      ]),
  }),
  check({
    id: 'destep',
    field: 'discover.trends',
    text: 'Elke DESTEP-factor heeft een trend, als kans of bedreiging en met wat die voor de klant betekent.',
    run: (plan) => {
      const trends = plan.discover.trends;
      const out = everyRow('discover.trends', trends, {
        none: say.trendsNone,
        name: (row, i) => say.trendName(say.quote(row.development, say.onLine(i))),
        missing: (row) => [
          !row.factor && say.aFactor,
          !filled(row.development) && say.theDevelopment,
          !row.effect && say.opportunityOrThreat,
          !filled(row.consequence) && say.whatItMeans,
        ],
      });
      const open = DESTEP_FACTORS.filter((f) => !trends.some((t) => t.factor === f && filled(t.development)));
      if (rows(trends).length && open.length) out.push(finding('discover.trends', say.factorsWithoutTrend(open)));
      return out;
    },
  }),
  check({
    id: 'bronnen',
    field: 'discover.sources',
    text: 'Je bronnen staan op een lijst, elk met een datum.',
    run: (plan) =>
      everyRow('discover.sources', plan.discover.sources, {
        none: say.sourcesNone,
        name: (row, i) => say.sourceName(say.quote(row.source, say.onLine(i))),
        missing: (row) => [!filled(row.source) && say.aName, !filled(row.date) && say.aDate],
      }),
  }),
];
