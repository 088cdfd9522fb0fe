import { readFileSync } from 'node:fs';
import { checklist } from '../src/plan/checks';
import { STEPS } from '../src/plan/steps';
for (const s of STEPS) {
  const body = readFileSync(`content/stappen/${s.slug}.mdx`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const text = body.split('\n').filter((l) => !l.startsWith('import ')).join('\n').replace(/<Checklist step="[a-z]+" \/>/, checklist(s.id as never).map((i) => i.text).join(' ')).replace(/<[^>]*>/g, ' ');
  console.log(s.slug, text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length, 'checklist', checklist(s.id as never).map((i) => i.text).join(' ').split(/\s+/).length);
}
