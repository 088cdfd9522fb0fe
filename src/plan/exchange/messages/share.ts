/** The words of a plan shared by link (share.ts). */

/** `thousands` and `max` in thousands of characters. */
export const planTooLongForLink = (thousands: number, max: number) =>
  `Dit plan is te groot voor een link (${thousands}.000 tekens; hooguit ${max}.000). Stuur je trainer in plaats daarvan de reservekopie als JSON-bestand: die kan hij inlezen in zijn werkboek.`;
export const brokenLink =
  'Deze link is beschadigd of onvolledig: het plan kan niet gelezen worden. Vraag de afzender om de link opnieuw te kopiëren, of om het plan als JSON-bestand te sturen.';
export const noPlanInLink = 'Deze link bevat geen plan.';
export const planInLinkInvalid = (reason: string) => `Het plan in deze link klopt niet. ${reason}`;
