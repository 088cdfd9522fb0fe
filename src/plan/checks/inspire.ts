import { DMU_ROLES } from '../model/schema';
import { check, everyRow, filled, finding, has, self } from './helpers';
import * as say from './messages';
import type { StepItem } from './types';

/** The checklist of lesson 8 (Inspire), in the order the lesson lists it. */
export const INSPIRE: StepItem[] = [
  check({
    id: 'visie',
    field: 'inspire.vision',
    text: 'Je hebt een visie voor de klant geschreven en uitgelegd hoe die past bij zijn behoeften.',
    run: ({ inspire: i }) => [
      ...(filled(i.vision) ? [] : [finding('inspire.vision', say.writeVision)]),
      ...(filled(i.fit) ? [] : [finding('inspire.fit', say.explainFit)]),
    ],
  }),
  self({ id: 'visie-zonder-product', text: 'Je visie beschrijft de klant over een paar jaar, zonder productnamen.' }),
  check({
    id: 'boodschap-per-rol',
    field: 'inspire.messages',
    text: 'Elke rol die in je DMU voorkomt, heeft een kernboodschap met bewijs.',
    run: (plan) => {
      const roles = DMU_ROLES.filter((role) => plan.discover.dmu.some((p) => p.role === role));
      if (!roles.length) return [finding('discover.dmu', say.fillDmuFirst)];
      return roles.flatMap((role) => {
        const messages = plan.inspire.messages.filter((m) => m.role === role && filled(m.message));
        if (!messages.length) return [finding('inspire.messages', say.roleWithoutMessage(role))];
        if (!messages.some((m) => filled(m.proof))) return [finding('inspire.messages', say.messageWithoutProof(role))];
        return [];
      });
    },
  }),
  check({
    id: 'relatie-per-contact',
    field: 'inspire.relationships',
    text: 'Voor de belangrijkste contacten staat een score voor nu, een streefscore en wat je doet om de relatie te versterken.',
    run: (plan) => {
      const people = new Set(plan.discover.dmu.filter((p) => filled(p.name)).map((p) => p.id));
      return everyRow('inspire.relationships', plan.inspire.relationships, {
        none: say.relationshipsNone,
        name: (_row, i) => say.contactOnLine(i),
        missing: (row) => [
          !people.has(row.contact) && say.aDmuPerson,
          !has(row.now) && say.aScoreNow,
          !has(row.target) && say.aTargetScore,
          !filled(row.action) && say.whatYouDo,
        ],
      });
    },
  }),
  self({ id: 'relatie-eerlijk', text: 'Je scores zijn eerlijk: een 4 of 5 krijgt alleen wie jou zelf belt als er iets speelt.' }),
];
