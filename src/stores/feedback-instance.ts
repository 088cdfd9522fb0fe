import { planStore } from '.';
import { createFeedbackStore } from './feedback';

/** The trainer feedback of the page's plan store (loaded where feedback is shown or written). */
export const feedbackStore = createFeedbackStore(planStore);
