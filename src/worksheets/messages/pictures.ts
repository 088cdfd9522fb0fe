/** The words around the pictures of the plan in the worksheets and the workbook (RelationshipMap.tsx, Timeline.tsx). */

export const mapCaption =
  'Relatiekaart van de DMU: per persoon de rol, de invloed (de dikte van de rand) en de houding (kleur en teken). Vul je "Rapporteert aan" in, dan wordt het een organigram. De tabel hierboven heeft dezelfde gegevens.';
export const mapWait = 'Zet iemand in de DMU; dan verschijnt hier de relatiekaart.';
export const timelineCaption =
  'Tijdlijn van het actieplan: de acties per doel, de mijlpalen van stap 2, de evaluatiemomenten en vandaag. De tabel hierboven heeft dezelfde gegevens.';
export const timelineWait = 'Zet een actie in het actieplan; dan verschijnt hier de tijdlijn.';
