/**
 * What a picture of the plan says while it has nothing to draw. Apart from the pictures' other words
 * (pictures.ts): the worksheets' picture slots keep the room of this line free before the picture's
 * code arrives, so a lesson opened at its worksheet does not move when it comes.
 */
export const mapWait = 'Zet iemand in de DMU; dan verschijnt hier de relatiekaart.';
export const timelineWait = 'Zet een actie in het actieplan; dan verschijnt hier de tijdlijn.';
