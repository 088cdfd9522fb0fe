/**
 * The workbook's islands (src/pages/werkboek.astro), one per file. The page imports them from
 * here, so the build puts them in one chunk: it compresses better than one chunk per island, and
 * the first part the reader reaches brings the others' code along.
 */
export { WorkbookCover } from './WorkbookCover';
export { WorkbookFinance } from './WorkbookFinance';
export { WorkbookLiving } from './WorkbookLiving';
export { WorkbookOutput } from './WorkbookOutput';
export { WorkbookMap, WorkbookTimeline } from './WorkbookPictures';
export { WorkbookPlans } from './WorkbookPlans';
export { WorkbookProgress } from './WorkbookProgress';
