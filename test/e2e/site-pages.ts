import { STEPS, lessonPath } from '../../src/plan/model/steps';

/** Every permanent address of the site (docs/product.md, "Permanent addresses") that is a page of its own. */
export const SITE_PAGES: string[] = [
  '/',
  '/stappen/',
  ...STEPS.map(lessonPath),
  '/invullen/',
  '/examenplan/',
  '/werkboek/',
  '/voorbeeld/',
  '/trainers/',
  '/privacy/',
  '/presentatie/',
  '/interview/',
];
