/**
 * `qiyos glossary`: read → prepare → align (as `qiyos align`) → extract the name glossary
 * (glossary/extract.ts) → format (JSON, OmegaT TSV or TBX-Basic) → write.
 */
import { version } from '../package.json';
import { extractGlossary } from '../glossary/extract';
import { glossaryToCsv, glossaryToJson, glossaryToTbx, glossaryToTsv } from '../glossary/exportFormats';
import { isGlossaryLang, type Concept, type GlossaryLang } from '../glossary/model';
import { readAndAlign } from './alignCommand';
import type { GlossaryArgs } from './args';
import type { CliIo } from './io';
import { checkOutputPath, writeFileAtomic } from './writeOutput';

/** Runs `qiyos glossary`; throws InputError for bad files (main turns it into exit code 1). */
export async function runGlossary(args: GlossaryArgs, io: CliIo): Promise<number> {
  if (args.output !== undefined) await checkOutputPath(args.output);
  const { prepared, beads } = await readAndAlign(args, io);
  const concepts = extractGlossary(prepared, beads);
  const langs = prepared.map((d) => d.lang).filter(isGlossaryLang);
  const output = format(args, concepts, langs, io);
  if (args.output === undefined) {
    io.stdout(output);
  } else {
    await writeFileAtomic(args.output, output);
    if (!args.quiet && io.stderrIsTTY) io.stderr(`qiyos: wrote ${concepts.length} concepts to ${args.output}\n`);
  }
  return 0;
}

function format(args: GlossaryArgs, concepts: Concept[], langs: GlossaryLang[], io: CliIo): string {
  switch (args.format) {
    case 'json':
      return `${glossaryToJson(concepts)}\n`;
    case 'tbx':
      return glossaryToTbx(concepts, { sourceLang: langs[0], toolVersion: version });
    case 'csv':
      return glossaryToCsv(concepts);
    case 'tsv': {
      // OmegaT's glossary pairs the first two languages; two files in one language have nothing to pair.
      const [source, target] = [...new Set(langs)];
      if (source === undefined || target === undefined) {
        if (!args.quiet) io.stderr('qiyos: warning: TSV needs two different languages among the files; nothing to write\n');
        return '';
      }
      return glossaryToTsv(concepts, source, target);
    }
  }
}
