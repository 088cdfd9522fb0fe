/**
 * Stands in for Node's streams inside JSZip (see astro.config.mjs, `resolve.alias`), which pptxgenjs
 * zips with. JSZip uses them only in Node (`support.nodestream` is false without `Readable`).
 * Building JSZip from its source with this stand-in keeps helpers its prebuilt file needs (a
 * `require` for browsers) out of the runtime every page loads. CommonJS, as JSZip requires it.
 */
module.exports = {};
