import { ATTITUDES, DMU_ROLES, type Plan } from '../model/schema';
import { legend, linesHeight, paragraph, placeLines, type LegendItem, type Line } from './kit';
import * as say from './messages/relationship-map';
import type { PictureShape, PictureScale, Tone } from './picture';

/**
 * Places the cards of the relationship map (relationship-map.ts reads the plan). Rows and
 * columns: as many cards side by side as fit the width, each card as tall as its row. Without
 * reporting lines the members stand in lanes, one per role; with them, as an organisation chart:
 * one level under the other (or, one card wide, indented under their manager), joined by lines.
 */

type Role = (typeof DMU_ROLES)[number];
type Attitude = (typeof ATTITUDES)[number];

/** A DMU member as the map shows them (relationship-map.ts reads them from the plan). */
export interface MapPerson {
  id: string;
  /** The name, or "Persoon 3" for a row without one. */
  name: string;
  position: string;
  role: Role | '';
  influence: 'hoog' | 'midden' | 'laag' | '';
  attitude: Attitude | '';
  /** The last contact, written out ("12 juni 2026"), or '' when unknown. */
  contact: string;
  /** Longer ago than the review rhythm (false when either is unknown). */
  stale: boolean;
  owner: string;
  /** The owner's role in step 5's team, when the owner is a member of it. */
  ownerRole: string;
  /** Step 8's scores, as a text ("Relatie nu 2, doel 3"), or ''. */
  relation: string;
  /** The id of the member this one reports to: another member of the map, never in a circle. */
  reportsTo: string | null;
}

/** The sign on a card beside its colour, so attitude never rests on colour alone. */
export const ATTITUDE_SIGNS: Record<Attitude, string> = { voorstander: '++', positief: '+', neutraal: '0', kritisch: '−', tegenstander: '−−' };
/** The weight of a card's edge, in font sizes: the more influence, the heavier. */
export const INFLUENCE_WEIGHT = { hoog: 0.24, midden: 0.12, laag: 0.06, '': 0.06 } as const;
export const attitudeTone = (attitude: Attitude | ''): Tone => attitude || 'card';
export const roleLabel = (role: string) => role.charAt(0).toUpperCase() + role.slice(1);
/** The roles in the order the lesson teaches them. */
export const ROLE_ORDER: readonly Role[] = DMU_ROLES;
/** Where a role comes in the lesson's order; members without a role last. */
export const rank = (role: Role | '') => (role ? ROLE_ORDER.indexOf(role) : ROLE_ORDER.length);

interface Card {
  person: MapPerson;
  name: Line[];
  rest: Line[];
  /** The height of the name and the badge beside it. */
  head: number;
  height: number;
}
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapOptions {
  tree: boolean;
  rhythm: Plan['schedule']['reviewRhythm'];
  /** Cards with who someone is and where they stand only (name, position, role, influence and attitude): a slide's map. */
  brief?: boolean;
}

export function layoutMap(people: readonly MapPerson[], scale: PictureScale, options: MapOptions) {
  const { width, font: f, small } = scale;
  const pad = f * 0.8;
  const gap = f * 0.9;
  const inner = f * 0.6;
  const badge = f * 1.9;
  const cols = Math.max(1, Math.floor((width - 2 * pad + gap) / (f * 15.5 + gap)));
  const cardWidth = (width - 2 * pad - (cols - 1) * gap) / cols;
  const shapes: PictureShape[] = [];
  const links: PictureShape[] = [];
  const cards: PictureShape[] = [];
  const order: string[] = [];
  const boxes = new Map<string, Box>();

  /** What a card of this width says, and how tall it is: the name beside the badge, the rest under both. */
  const card = (person: MapPerson, w: number): Card => {
    const nameRoom = w - 2 * inner - badge - inner * 0.8;
    const room = w - 2 * inner;
    const owner = person.owner ? say.owner(say.ownerName(person.owner, person.ownerRole)) : say.ownerNone;
    const contact = !person.contact ? say.lastContactUnknown : person.stale ? say.lastContactStale(person.contact) : say.lastContact(person.contact);
    const name = paragraph(person.name, nameRoom, f, { tone: 'text', bold: true, maxLines: 3, role: 'name' });
    if (options.brief) {
      const name = paragraph(person.name, nameRoom, f, { tone: 'text', bold: true, maxLines: 2, role: 'name' });
      const rest = [
        ...(person.position ? paragraph(person.position, room, small, { tone: 'muted', maxLines: 1, role: 'position' }) : []),
        ...(options.tree
          ? paragraph(person.role ? roleLabel(person.role) : say.noRole, room, small, { tone: 'text', bold: true, maxLines: 1, role: 'role' })
          : []),
        ...paragraph(say.briefStanding(person.influence, person.attitude), room, small, { tone: 'text', maxLines: 2, role: 'standing' }),
      ];
      const head = Math.max(badge, linesHeight(name));
      return { person, name, rest, head, height: 2 * inner + head + f * 0.3 + linesHeight(rest) };
    }
    const rest = [
      ...(person.position ? paragraph(person.position, room, small, { tone: 'muted', maxLines: 2, role: 'position' }) : []),
      ...(options.tree
        ? paragraph(person.role ? roleLabel(person.role) : say.noRole, room, small, { tone: 'text', bold: true, maxLines: 1, role: 'role' })
        : []),
      ...paragraph(say.standing(person.influence, person.attitude), room, small, { tone: 'text', maxLines: 2, role: 'standing' }),
      ...paragraph(contact, room, small, {
        tone: person.stale || !person.contact ? 'muted' : 'text',
        maxLines: 3,
        role: person.stale ? 'contact-stale' : 'contact',
      }),
      ...paragraph(owner, room, small, { tone: person.owner ? 'text' : 'muted', maxLines: 2, role: 'owner' }),
      ...(person.relation ? paragraph(person.relation, room, small, { tone: 'text', maxLines: 1, role: 'relation' }) : []),
    ];
    const head = Math.max(badge, linesHeight(name));
    return { person, name, rest, head, height: 2 * inner + head + f * 0.3 + linesHeight(rest) };
  };

  const drawCard = (c: Card, box: Box) => {
    const { person } = c;
    boxes.set(person.id, box);
    order.push(person.id);
    const edge = f * INFLUENCE_WEIGHT[person.influence];
    const tone = attitudeTone(person.attitude);
    cards.push({ type: 'rect', ...box, fill: tone, stroke: 'text', strokeWidth: edge, radius: f * 0.4, role: 'card', ref: person.id });
    const cx = box.x + inner + badge / 2;
    const cy = box.y + inner + badge / 2;
    cards.push({
      type: 'mark',
      shape: 'circle',
      x: cx,
      y: cy,
      size: badge,
      fill: 'paper',
      stroke: 'text',
      strokeWidth: f * 0.06,
      role: 'badge',
      ref: person.id,
    });
    const sign = person.attitude ? ATTITUDE_SIGNS[person.attitude] : '?';
    cards.push({
      type: 'text',
      x: cx,
      y: cy + f * 0.36,
      text: sign,
      size: f,
      anchor: 'middle',
      tone: 'text',
      bold: true,
      maxWidth: badge,
      role: 'sign',
      ref: person.id,
    });
    const nameX = box.x + inner + badge + inner * 0.8;
    const nameTop = box.y + inner + Math.max(0, (badge - linesHeight(c.name)) / 2);
    cards.push(...placeLines(c.name, nameX, nameTop, box.x + box.width - inner - nameX, person.id));
    cards.push(...placeLines(c.rest, box.x + inner, box.y + inner + c.head + f * 0.3, box.width - 2 * inner, person.id));
  };

  /** Cards in rows of `cols`, each row as tall as its tallest card; a short row centred when `centre`. Returns the bottom. */
  const grid = (members: readonly MapPerson[], top: number, centre: boolean): number => {
    let y = top;
    for (let i = 0; i < members.length; i += cols) {
      const row = members.slice(i, i + cols).map((p) => card(p, cardWidth));
      const height = Math.max(...row.map((c) => c.height));
      const offset = centre ? ((cols - row.length) * (cardWidth + gap)) / 2 : 0;
      row.forEach((c, j) => drawCard(c, { x: pad + offset + j * (cardWidth + gap), y, width: cardWidth, height }));
      y += height + gap;
    }
    return y - gap;
  };

  const byRank = (a: MapPerson, b: MapPerson) => rank(a.role) - rank(b.role) || people.indexOf(a) - people.indexOf(b);
  const childrenOf = (id: string | null) => people.filter((p) => p.reportsTo === id).sort(byRank);
  let y = pad;

  if (!options.tree) {
    const lanes = [...ROLE_ORDER, ...(people.some((p) => !p.role) ? (['' as const] as const) : [])];
    lanes.forEach((role, i) => {
      if (i)
        shapes.push({ type: 'line', x1: pad, y1: y - gap * 0.6, x2: width - pad, y2: y - gap * 0.6, stroke: 'rule', strokeWidth: f * 0.06, role: 'lane-rule' });
      const header = paragraph(role ? roleLabel(role) : say.noRole, width - 2 * pad, f, { tone: 'accent', bold: true, maxLines: 1, role: 'lane' });
      shapes.push(...placeLines(header, pad, y, width - 2 * pad));
      y += linesHeight(header) + f * 0.2;
      const members = people.filter((p) => p.role === role);
      if (!members.length) {
        const none = paragraph(say.nobodyInRole, width - 2 * pad, small, { tone: 'muted', role: 'empty-lane' });
        shapes.push(...placeLines(none, pad, y, width - 2 * pad));
        y += linesHeight(none);
      } else y = grid(members, y, false);
      y += gap * 1.2;
    });
  } else if (cols > 1) {
    // Level by level: the top of the organisation first, each level under the one it reports to.
    let level = childrenOf(null);
    let first = true;
    while (level.length) {
      if (!first) y += gap * 1.5;
      first = false;
      y = grid(level, y, true) + gap;
      level = level.flatMap((p) => childrenOf(p.id));
    }
    for (const p of people) {
      const child = boxes.get(p.id)!;
      const boss = p.reportsTo ? boxes.get(p.reportsTo) : undefined;
      if (!boss) continue;
      const from = { x: boss.x + boss.width / 2, y: boss.y + boss.height };
      const to = { x: child.x + child.width / 2, y: child.y };
      const middle = to.y - gap * 0.75;
      links.push(...route([from, { x: from.x, y: middle }, { x: to.x, y: middle }, to], f));
    }
  } else {
    // One card wide: an indented list, each member under their manager.
    const indent = f * 1.6;
    const place = (p: MapPerson, depth: number) => {
      const x = pad + Math.min(depth, 5) * indent;
      const c = card(p, width - pad - x);
      drawCard(c, { x, y, width: width - pad - x, height: c.height });
      y += c.height + gap;
      for (const child of childrenOf(p.id)) place(child, depth + 1);
    };
    for (const root of childrenOf(null)) place(root, 0);
    y -= gap;
    for (const p of people) {
      const child = boxes.get(p.id)!;
      const boss = p.reportsTo ? boxes.get(p.reportsTo) : undefined;
      if (!boss || child.x <= boss.x) continue;
      const spine = boss.x + indent / 2;
      const level = child.y + Math.min(child.height / 2, f * 1.5);
      links.push(
        ...route(
          [
            { x: spine, y: boss.y + boss.height },
            { x: spine, y: level },
            { x: child.x, y: level },
          ],
          f,
        ),
      );
    }
    y += gap;
  }

  const items: LegendItem[] = [
    ...ATTITUDES.map((a) => ({
      text: a,
      swatch: f * 2.6,
      sample: (x: number, middle: number): PictureShape[] => [
        {
          type: 'rect',
          x,
          y: middle - f * 0.65,
          width: f * 2.6,
          height: f * 1.3,
          fill: attitudeTone(a),
          stroke: 'text',
          strokeWidth: f * 0.06,
          radius: f * 0.25,
          role: 'legend-sample',
        },
        {
          type: 'text',
          x: x + f * 1.3,
          y: middle + small * 0.36,
          text: ATTITUDE_SIGNS[a],
          size: small,
          anchor: 'middle',
          tone: 'text',
          bold: true,
          maxWidth: f * 2.6,
          role: 'legend-sign',
        },
      ],
    })),
    { text: say.legendInfluence },
    ...(options.rhythm && !options.brief ? [{ text: say.legendStale(options.rhythm) }] : []),
    ...(options.tree ? [{ text: say.legendReportsTo }] : []),
  ];
  // In brief every card says its influence and attitude in words: no legend needed.
  const key = options.brief ? { height: 0, shapes: [] } : legend(items, pad, y, width - 2 * pad, small);
  const height = y + key.height + pad;
  return { width, height, shapes: [...shapes, ...links, ...cards, ...key.shapes], order };
}

/** A connector through the given points, as straight segments (none of length zero). */
function route(points: Array<{ x: number; y: number }>, f: number): PictureShape[] {
  const out: PictureShape[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (Math.abs(a.x - b.x) < 1e-9 && Math.abs(a.y - b.y) < 1e-9) continue;
    out.push({ type: 'line', x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: 'link', strokeWidth: f * 0.09, role: 'link' });
  }
  return out;
}
