/** The words around the pictures of the plan in the worksheets and the workbook (RelationshipMap.tsx, Timeline.tsx). */

export const mapCaption =
  'Relatiekaart van de DMU: per persoon de rol, de invloed (de dikte van de rand) en de houding (kleur en teken). Vul je "Rapporteert aan" in, dan wordt het een organigram. De tabel hierboven heeft dezelfde gegevens.';
export { mapWait, timelineWait } from './picture-waits';
export const timelineCaption =
  'Tijdlijn van het actieplan: de acties per doel, de mijlpalen van stap 2, de evaluatiemomenten en vandaag. De tabel hierboven heeft dezelfde gegevens.';

/** The map under the team (step 5): who of the team holds which contact. */
export const mapCaptionTeam = 'Relatiekaart van de DMU: bij elke persoon staat wie van jullie team het contact houdt, met zijn rol in het team hierboven.';
/** The map under the relationship scores (step 8). */
export const mapCaptionRelations = 'Relatiekaart van de DMU: bij elke persoon staan je relatiescores van hierboven, nu en als doel.';
/** In the workbook, under the map. */
export const mapCaptionWorkbook =
  'Per persoon de rol, de invloed (de dikte van de rand), de houding (kleur en teken), het laatste contact en wie het contact houdt.';
/** Where the map's table is, linked: "De gegevens staan in [de DMU van stap 3]." */
export const mapSourceBefore = 'De gegevens staan in';
export const mapSourceLink = 'de DMU van stap 3';
export const mapSourceAfter = '.';
/** In the workbook, under the timeline. */
export const timelineCaptionWorkbook = 'De acties per doel, de mijlpalen, de evaluatiemomenten en vandaag.';
/** "De gegevens staan in [het actieplan van stap 9] en [de planning van stap 2]." */
export const timelineSourceBefore = 'De gegevens staan in';
export const timelineSourceActions = 'het actieplan van stap 9';
export const timelineSourceBetween = 'en';
export const timelineSourceSchedule = 'de planning van stap 2';
export const timelineSourceAfter = '.';
