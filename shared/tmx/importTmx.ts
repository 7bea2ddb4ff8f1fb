/**
 * TMX import as one step for the worker and the CLI: decode the file's bytes, parse it through the
 * guarded reader, and build the project's documents and beads. Pure.
 */
import { decodeXmlBytes } from '../xml/decodeXml';
import { readTmx, type InlineMode } from './readTmx';
import { tmxToProject, type ImportedProject } from './tmxToProject';

export interface ImportTmxArgs {
  fileName: string;
  bytes: Uint8Array;
  /** Inline codes (bpt/ept/ph/it/ut) kept as text or stripped; default 'strip'. */
  inline?: InlineMode;
}

export interface ImportTmxResult extends ImportedProject {
  /** The TMX version attribute and the tool that wrote the file, for the user's notice. */
  version: string;
  creationTool: string;
  units: number;
  /** Characters dropped because XML 1.0 cannot carry them. */
  dropped: number;
  warnings: string[];
}

/** Decodes, parses and converts a TMX file; throws XmlError (with a line number when known) or RangeError. */
export function importTmx(args: ImportTmxArgs): ImportTmxResult {
  const parsed = readTmx(decodeXmlBytes(args.bytes), { inline: args.inline ?? 'strip' });
  const project = tmxToProject(parsed, { sourceName: args.fileName });
  return {
    ...project,
    version: parsed.version,
    creationTool: parsed.header.attrs.creationtool ?? '',
    units: parsed.units.length,
    dropped: parsed.dropped,
    warnings: parsed.warnings,
  };
}
