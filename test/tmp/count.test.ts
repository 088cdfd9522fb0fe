import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { checklist } from '../../src/plan/checks';
import { STEPS } from '../../src/plan/model/steps';
it('words', () => {
  const out: string[] = [];
  for (const s of STEPS) {
    const body = readFileSync(`content/stappen/${s.slug}.mdx`, 'utf8').split(/^---$/m).slice(2).join('');
    const text = body.split('\n').filter((l) => !l.startsWith('import ')).join('\n').replace(/<Checklist step="[a-z]+" \/>/, checklist(s.id).map((i) => i.text).join(' ')).replace(/<[^>]*>/g, ' ');
    out.push(`${s.slug} ${text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length} (checklist ${checklist(s.id).map((i) => i.text).join(' ').split(/\s+/).length})`);
  }
  console.log('COUNT ' + out.join(' | '));
});
