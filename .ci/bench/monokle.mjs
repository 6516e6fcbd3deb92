// Runs @monokle/validation 0.33.0 (the JavaScript peer) over the YAML files of the given
// directories, as its CLI does: every document becomes a resource, all are validated in one call.
// Its kubernetes-schema and open-policy-agent plugins are off: they download at run time.
// Usage: node monokle.mjs DIR... (with @monokle/validation installed beside this file's cwd)
import { createDefaultMonokleValidator } from '@monokle/validation';
import { parseAllDocuments } from 'yaml';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.yaml') || name.endsWith('.yml')) out.push(path);
  }
  return out;
}

const files = process.argv.slice(2).flatMap((dir) => walk(dir, []));
const resources = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  let index = 0;
  for (const doc of parseAllDocuments(text)) {
    if (!doc.contents) continue;
    const content = doc.toJS({ maxAliasCount: 100 });
    // CRDs would be registered with the schema plugin, which is off (and then crashes).
    if (!content || typeof content !== 'object' || !content.kind || content.kind === 'CustomResourceDefinition') continue;
    const [start, , end] = doc.range;
    resources.push({
      id: `${file}#${index}`, fileId: file, filePath: file, fileOffset: start,
      name: content.metadata?.name ?? '', apiVersion: content.apiVersion ?? '', kind: content.kind,
      namespace: content.metadata?.namespace, content, text: text.slice(start, end),
    });
    index++;
  }
}
const validator = createDefaultMonokleValidator();
await validator.preload({
  plugins: {
    'kubernetes-schema': false, 'open-policy-agent': false,
    'yaml-syntax': true, 'pod-security-standards': true, 'resource-links': true,
  },
});
const response = await validator.validate({ resources });
const results = response.runs.reduce((n, run) => n + run.results.length, 0);
console.log(`${files.length} files ${resources.length} resources ${results} results`);
