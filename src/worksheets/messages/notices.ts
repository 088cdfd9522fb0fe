/** The words of the notices under the save status (Notices.tsx, loaded when there is a notice). */

export const downloadKept = 'Download de bewaarde gegevens';
export const undo = 'Ongedaan maken';
export const restorePlan = 'Zet het plan terug';
export const letGo = 'Laat het ook hier los';
export const closeLabel = 'Melding sluiten';
export const close = 'Sluiten';
/** The text of a conflict that is not on screen: the reader's own, or the other tab's. */
export const showText = (own: boolean) => `Bekijk ${own ? 'jouw tekst' : 'de tekst uit het andere tabblad'}`;
export const empty = '(leeg)';
export const useText = (own: boolean) => (own ? 'Zet jouw tekst terug' : 'Gebruik de andere tekst');
