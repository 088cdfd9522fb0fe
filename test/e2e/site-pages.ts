import { STEPS, lessonPath } from '../../src/plan/steps';

/** Every permanent address of the site (see PRODUCT.md, "Stable addresses"). */
export const SITE_PAGES: string[] = [
  '/',
  '/stappen/',
  ...STEPS.map(lessonPath),
  '/invullen/',
  '/werkboek/',
  '/voorbeeld/',
  '/trainers/',
  '/privacy/',
];
