import { describe, expect, it } from 'vitest';
import { chunkRule, staticClosure, type ModuleFacts } from '../../src/integrations/chunks';

/** A small module graph: the worksheet imports the store statically and the PDF with import(). */
const GRAPH: Record<string, ModuleFacts & { dynamic?: string[] }> = {
  '/p/src/worksheets/Worksheet.tsx': { importedIds: ['/p/src/stores/index.ts', '/p/node_modules/react/index.js', '/p/src/worksheets/messages.ts'] },
  '/p/src/stores/index.ts': { importedIds: ['/p/src/plan/model/schema.ts', '/p/node_modules/nanostores/index.js'] },
  '/p/src/plan/model/schema.ts': { importedIds: [] },
  '/p/src/worksheets/messages.ts': { importedIds: [] },
  '/p/node_modules/nanostores/index.js': { importedIds: [] },
  '/p/node_modules/react/index.js': { importedIds: [] },
  // Reached only through import(): not in importedIds of anything in the closure.
  '/p/src/pdf/download.ts': { importedIds: ['/p/src/plan/model/schema.ts', '/p/src/pdf/messages/download.ts'] },
  '/p/src/pdf/messages/download.ts': { importedIds: [] },
  '/p/src/worksheets/MatrixEditor.tsx': { importedIds: ['/p/src/worksheets/messages/matrix-editor.ts'] },
  '/p/src/worksheets/messages/matrix-editor.ts': { importedIds: [] },
};
const getModuleInfo = (id: string) => GRAPH[id] ?? null;
const rule = chunkRule('/p/src/worksheets/Worksheet.tsx');
const chunkOf = (id: string) => rule(id, { getModuleInfo });

describe('the shared worksheet chunk is derived from the import graph', () => {
  it('holds what the worksheet reaches through static imports', () => {
    expect(staticClosure('/p/src/worksheets/Worksheet.tsx', getModuleInfo)).toEqual(
      new Set([
        '/p/src/worksheets/Worksheet.tsx',
        '/p/src/stores/index.ts',
        '/p/src/plan/model/schema.ts',
        '/p/node_modules/nanostores/index.js',
        '/p/node_modules/react/index.js',
        '/p/src/worksheets/messages.ts',
      ]),
    );
    expect(chunkOf('/p/src/stores/index.ts')).toBe('werkblad');
    expect(chunkOf('/p/src/plan/model/schema.ts')).toBe('werkblad');
    expect(chunkOf('/p/node_modules/nanostores/index.js')).toBe('werkblad');
  });

  it.each(['/p/src/pdf/download.ts', '/p/src/worksheets/MatrixEditor.tsx', '/p/src/worksheets/messages/matrix-editor.ts'])(
    'leaves %s, loaded on demand, out of it',
    (id) => expect(chunkOf(id)).toBeUndefined(),
  );

  it('keeps React, the dynamic-import helper and the section links in chunks of their own', () => {
    expect(chunkOf('/p/node_modules/react/index.js')).toBe('react');
    expect(chunkOf('\0vite/preload-helper.js')).toBe('preload-helper');
    expect(chunkOf('/p/src/worksheets/copy-link.ts')).toBe('copy-link');
  });
});
