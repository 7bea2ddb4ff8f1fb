/**
 * `qiyos align`: read → prepare (detect, segment) → align → format → write.
 * A thin shell: every step's logic lives in shared/; this file only wires them to files and streams.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { version } from '../package.json';
import { alignDocuments } from '../shared/align/alignDocuments';
import { beadsToJson, beadsToTsv } from '../shared/export/formats';
import type { Bead, ProgressFn } from '../shared/model';
import { prepareDocument, type PreparedDocument } from '../shared/pipeline';
import { readSrx } from '../shared/srx/readSrx';
import type { SegmentationRules } from '../shared/text/segmentationRules';
import { decodeXmlBytes } from '../shared/xml/decodeXml';
import { writeTmx } from '../shared/tmx/writeTmx';
import type { AlignArgs, GlossaryArgs } from './args';
import type { CliIo } from './io';
import { InputError, readInputs } from './readInputs';
import { checkOutputPath, writeFileAtomic } from './writeOutput';

/** Below this detection confidence the user is told to pass --langs. */
const LOW_CONFIDENCE = 0.5;

/** The documents as prepared for alignment, and their beads. */
export interface AlignedInputs {
  prepared: PreparedDocument[];
  beads: Bead[];
}

/**
 * Reads, prepares and aligns the inputs of `align` or `glossary`, with the warnings and progress
 * both commands show; throws InputError for bad files (main turns it into exit code 1).
 */
export async function readAndAlign(args: AlignArgs | GlossaryArgs, io: CliIo): Promise<AlignedInputs> {
  const chatty = !args.quiet;
  const showProgress = chatty && io.stderrIsTTY;
  const progress = showProgress ? progressLine(io) : undefined;

  if (args.output !== undefined) await checkOutputPath(args.output);
  const rules = args.srx === undefined ? undefined : await readRules(args.srx);
  const inputs = await readInputs(args.files, { encoding: args.encoding });
  if (chatty) {
    inputs.forEach((input, i) => {
      if (input.encodingConfident === false) {
        io.stderr(`qiyos: warning: text encoding guessed as ${input.encoding}; pass --encoding if that is wrong (${args.files[i]})\n`);
      }
    });
  }
  const texts = inputs.map((input) => input.text);

  const prepared: PreparedDocument[] = texts.map((text, i) => {
    progress?.({ phase: 'segmenting', done: i, total: texts.length });
    return prepareDocument(text, { lang: args.langs?.[i], presegmented: args.presegmented, rules });
  });
  if (chatty && args.langs === undefined) {
    prepared.forEach((doc, i) => {
      if (doc.detected.confidence < LOW_CONFIDENCE) {
        io.stderr(
          `qiyos: warning: language detected as ${doc.detected.lang} with low confidence ` +
            `(${doc.detected.confidence.toFixed(2)}); pass --langs if that is wrong (${args.files[i]})\n`,
        );
      }
    });
  }

  const beads = alignDocuments(
    prepared.map((d) => ({ lang: d.lang, segments: d.segments })),
    progress ? { onProgress: progress } : {},
  );
  if (showProgress) io.stderr('\r\x1b[K');
  return { prepared, beads };
}

/** Reads an SRX file of segmentation rules; anything unreadable is an InputError naming the file (and line). */
async function readRules(path: string): Promise<SegmentationRules> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(`cannot read the SRX file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, path);
  }
  try {
    return readSrx(decodeXmlBytes(bytes)).rules;
  } catch (error) {
    throw new InputError(`not usable SRX: ${error instanceof Error ? error.message : String(error)}`, path);
  }
}

/** Runs `qiyos align`; throws InputError for bad files (main turns it into exit code 1). */
export async function runAlign(args: AlignArgs, io: CliIo): Promise<number> {
  const chatty = !args.quiet;
  const showProgress = chatty && io.stderrIsTTY;
  const { prepared, beads } = await readAndAlign(args, io);
  const output = format(args, prepared, beads, io, chatty);
  if (args.output === undefined) {
    io.stdout(output);
  } else {
    await writeFileAtomic(args.output, output);
    if (showProgress) io.stderr(`qiyos: wrote ${beads.length} beads to ${args.output}\n`);
  }
  return 0;
}

function format(args: AlignArgs, docs: PreparedDocument[], beads: Bead[], io: CliIo, chatty: boolean): string {
  switch (args.format) {
    case 'json':
      return `${beadsToJson(beads)}\n`;
    case 'tsv':
      return beadsToTsv(docs, beads);
    case 'tmx': {
      const { xml, dropped } = writeTmx({
        columns: docs.map((d, i) => ({ lang: d.lang, documentName: basename(args.files[i]!) })),
        units: beads.map((bead) => ({
          cells: bead.cells.map((cell, d) => cell.map((s) => docs[d]!.segments[s]!.text)),
          score: bead.score,
          status: 'auto',
        })),
        options: { toolVersion: version },
      });
      if (chatty && dropped > 0) {
        io.stderr(`qiyos: warning: dropped ${dropped} character(s) that XML 1.0 cannot contain\n`);
      }
      return xml;
    }
  }
}

/** A progress reporter that redraws one stderr line, at most once per percent. */
function progressLine(io: CliIo): ProgressFn {
  let last = '';
  return ({ phase, done, total }) => {
    const pct = total > 0 ? Math.floor((100 * done) / total) : 0;
    const line = `qiyos: ${phase} ${pct}%`;
    if (line !== last) io.stderr(`\r\x1b[K${line}`);
    last = line;
  };
}
