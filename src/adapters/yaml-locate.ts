// Finds the line of a field in frontmatter YAML for error messages. Only runs when a record
// has problems, so it can afford the `yaml` package's full document model.
import { parseDocument, LineCounter, isMap, isSeq, isPair, isScalar, type Node } from 'yaml';
import type { Path } from '../core/problems.ts';

// The problems of one file are located one after another: parse its YAML once, not per problem.
let last: { text: string; doc: ReturnType<typeof parseDocument>; lc: LineCounter } | undefined;

function parsedDoc(text: string) {
  if (last?.text === text) return last;
  const lc = new LineCounter();
  try {
    last = { text, doc: parseDocument(text, { lineCounter: lc, uniqueKeys: false, strict: false }), lc };
  } catch {
    last = undefined;
  }
  return last;
}

/** 1-based line in the file, counting the opening "---" as line 1 (offset 1); undefined if absent. */
export function locateInYaml(yamlText: string, path: Path, lineOffset = 1): number | undefined {
  const parsed = parsedDoc(yamlText);
  if (!parsed) return undefined;
  const { doc, lc } = parsed;
  let node: unknown = doc.contents;
  let best: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      const k = pair.key as Node;
      if (k.range) best = k.range[0];
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      if (item.range) best = item.range[0];
      node = item;
    } else break;
  }
  if (best === undefined) return undefined;
  return lc.linePos(best).line + lineOffset;
}
