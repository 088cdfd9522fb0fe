import { unzipSync, strFromU8 } from 'fflate';
import { XML_FORBIDDEN } from '../deck/plans';

/**
 * Whether an XML document is well-formed, as strictly as PowerPoint reads the parts of a .pptx:
 * only characters XML allows, tags that nest and close, quoted attributes without "<", and "&" only
 * as an entity or a character reference to an allowed character. Returns the problems found.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const forbidden = XML_FORBIDDEN.exec(xml);
  if (forbidden) problems.push(`a character XML forbids at ${forbidden.index}: U+${forbidden[0].codePointAt(0)!.toString(16)}`);
  const references = (text: string, at: number) => {
    for (const m of text.matchAll(/&([^;&\s]{0,10});?/g)) {
      const ref = m[1] ?? '';
      const ok = m[0].endsWith(';') && (/^(amp|lt|gt|quot|apos)$/.test(ref) || /^#(\d+|x[\da-fA-F]+)$/.test(ref));
      const code = ref.startsWith('#x') ? Number.parseInt(ref.slice(2), 16) : ref.startsWith('#') ? Number(ref.slice(1)) : 0x41;
      if (!ok || (code < 0x20 && ![0x9, 0xa, 0xd].includes(code)) || code === 0xfffe || code === 0xffff) problems.push(`a bad reference "${m[0]}" near ${at}`);
    }
  };
  const stack: string[] = [];
  let roots = 0;
  const token =
    /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|[^<]+|</g;
  for (const m of xml.matchAll(token)) {
    const [whole, closing, name, attributes, selfClosing] = m;
    if (whole === '<') {
      problems.push(`a "<" that starts no tag at ${m.index}`);
      continue;
    }
    if (name === undefined) {
      if (!whole.startsWith('<')) {
        references(whole, m.index);
        if (!stack.length && whole.trim()) problems.push(`text outside the root element at ${m.index}`);
      }
      continue;
    }
    references(attributes ?? '', m.index);
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}> at ${m.index}`);
    } else if (!selfClosing) {
      if (!stack.length) roots++;
      stack.push(name);
    } else if (!stack.length) roots++;
  }
  if (stack.length) problems.push(`unclosed <${stack.join('> <')}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** The parts of a .pptx (a zip): XML parts as text, the rest as bytes. */
export function pptxParts(bytes: Uint8Array): { xml: Record<string, string>; binary: Record<string, Uint8Array> } {
  const files = unzipSync(bytes);
  const xml: Record<string, string> = {};
  const binary: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files)) {
    if (/\.(xml|rels)$/.test(name)) xml[name] = strFromU8(data);
    else binary[name] = data;
  }
  return { xml, binary };
}

/** The text of a slide's or notes page's runs (`<a:t>`), entities resolved, runs of one paragraph joined. */
export function runText(xml: string): string {
  const decode = (s: string) =>
    s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);/g, (_, e: string) =>
      e === 'amp'
        ? '&'
        : e === 'lt'
          ? '<'
          : e === 'gt'
            ? '>'
            : e === 'quot'
              ? '"'
              : e === 'apos'
                ? "'"
                : String.fromCodePoint(e.startsWith('#x') ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1))),
    );
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => [...p[1]!.matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map((t) => decode(t[1]!)).join('')).join('\n');
}
