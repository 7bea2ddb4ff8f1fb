/**
 * Glossary benchmark (`npm run bench` runs it after the others): extracts the glossary of the five
 * seed texts (000 and 002 aligned with alignDocuments, the others on their own) and scores it
 * against the hand-made gold list test/fixtures/glossary-gold.json with glossary/scoreGlossary.ts,
 * the scorer the tests use. Prints a markdown table and rewrites the bench:glossary section of
 * bench/RESULTS.md.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { extractGlossary } from '../glossary/extract';
import { CONCEPT_TYPES } from '../glossary/model';
import { scoreGlossary, type GoldConcept } from '../glossary/scoreGlossary';
import { alignDocuments } from '../shared/align/alignDocuments';
import { prepareDocument } from '../shared/pipeline';

const root = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = `${root}bench/RESULTS.md`;
const START = '<!-- bench:glossary:start -->';
const END = '<!-- bench:glossary:end -->';

const gold = JSON.parse(readFileSync(`${root}test/fixtures/glossary-gold.json`, 'utf8')) as {
  seeds: Record<string, string>;
  concepts: GoldConcept[];
};
// 000 and 002 first: they report the same meeting and are aligned; beads index these two only.
const ids = ['000', '002', '001', '003', '004'];
const docs = ids.map((id) => prepareDocument(readFileSync(`${root}test/fixtures/${gold.seeds[id]}`, 'utf8')));

const t0 = performance.now();
const beads = alignDocuments(docs.slice(0, 2));
const t1 = performance.now();
const concepts = extractGlossary(docs, beads);
const t2 = performance.now();
const score = scoreGlossary(concepts, gold.concepts, ids);

const pct = (x: number): string => x.toFixed(2);
const rows = CONCEPT_TYPES.filter((t) => score.byType[t] !== undefined).map((t) => {
  const s = score.byType[t]!;
  return `| ${t} | ${s.gold} | ${s.found} | ${s.extracted} | ${s.correct} | ${pct(s.precision)} | ${pct(s.recall)} |`;
});
const cpu = os.cpus()[0]?.model.replace(/\s+\d+-Core Processor$/, '').trim() ?? 'unknown CPU';
const section = [
  `Machine: ${cpu}, ${os.cpus().length} cores, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.`,
  '',
  '| type | gold forms | found | extracted | correct | precision | recall |',
  '|---|---|---|---|---|---|---|',
  ...rows,
  '',
  `Cross-language links: ${score.linkedCorrectly} of ${score.linkPairs} gold pairs (forms of one concept in two languages, both extracted) in one concept, accuracy ${pct(score.linkAccuracy)}; ${score.wrongLinks} wrong links (forms of different gold concepts merged).`,
  '',
  `${concepts.length} concepts; aligning 000+002 took ${Math.round(t1 - t0)} ms, extracting and linking all five seeds ${Math.round(t2 - t1)} ms.`,
].join('\n');

console.log(section);
if (existsSync(RESULTS)) {
  const doc = readFileSync(RESULTS, 'utf8');
  const block = `${START}\n${section}\n${END}`;
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  const heading =
    '## Glossary\n\n`bench/glossary.bench.ts` extracts the glossary of the five seed texts (000 and 002, which report one meeting, aligned with `alignDocuments`; the others on their own) and scores it against the hand-made gold list `test/fixtures/glossary-gold.json` (persons, posts, bodies, residences, with their forms per language and seed). A gold form is found when a term of the same type and language has the same base form (case and apostrophes aside) and a source in that seed; forms only in boilerplate are not scored. Precision counts extracted (term, seed) pairs that are gold forms. The patterns were developed on these seeds, so these are training-set numbers, not a held-out evaluation.\n\n';
  const next = start >= 0 && end > start ? doc.slice(0, start) + block + doc.slice(end + END.length) : `${doc.trimEnd()}\n\n${heading}${block}\n`;
  writeFileSync(RESULTS, next);
}
