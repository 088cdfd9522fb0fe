import { planStore } from '.';
import { createVersionStore } from './versions';

/** The versions of the page's plan store (the workbook uses them). */
export const versionStore = createVersionStore(planStore.versionHost);
