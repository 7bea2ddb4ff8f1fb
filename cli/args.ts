/**
 * Command-line argument parsing for `qiyos`. Pure: takes argv, returns what to do or throws a
 * UsageError whose message is ready to show after "qiyos: ".
 */
import { SUPPORTED_ENCODINGS, type SupportedEncoding } from '../shared/import/decodeBytes';
import { KNOWN_LANGS, isKnownLang, type LangTag } from '../shared/model';

export const FORMATS = ['tmx', 'json', 'tsv'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export const MIN_FILES = 2;
export const MAX_FILES = 4;

/** Options of `qiyos align`. */
export interface AlignArgs {
  kind: 'align';
  /** 2 to 4 input paths, in column order. */
  files: string[];
  /** One tag per file when --langs was given (known tags in canonical case); otherwise detected. */
  langs?: LangTag[];
  presegmented: boolean;
  /** Decode every text input with this encoding (--encoding); detected per file when absent. */
  encoding?: SupportedEncoding;
  /** An SRX 2.0 file of segmentation rules applied on top of the built-in ones (--srx). */
  srx?: string;
  format: OutputFormat;
  /** Output path (-o); stdout when absent. */
  output?: string;
  quiet: boolean;
}

export const GLOSSARY_FORMATS = ['json', 'tsv', 'tbx', 'csv'] as const;
export type GlossaryFormat = (typeof GLOSSARY_FORMATS)[number];

/** Options of `qiyos glossary`: the same inputs as align, another output. */
export interface GlossaryArgs extends Omit<AlignArgs, 'kind' | 'format'> {
  kind: 'glossary';
  format: GlossaryFormat;
}

export type HelpTopic = 'align' | 'glossary';

export type CliCommand = { kind: 'help'; topic?: HelpTopic } | { kind: 'version' } | GlossaryArgs | AlignArgs;

export interface ParsedArgs {
  command: CliCommand;
  /** Things that are allowed but probably not what the user meant (e.g. a language Qiyos has no rules for). */
  warnings: string[];
}

/** A mistake in how qiyos was called (exit code 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const HELP_TOPICS: readonly string[] = ['align', 'glossary'];

/** Parses `argv` (without node and script), e.g. `['align', 'a.txt', 'b.txt', '--format', 'json']`. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('missing command (try "qiyos align A.txt B.txt" or "qiyos --help")');
  if (first === '--help' || first === '-h') return { command: { kind: 'help' }, warnings: [] };
  if (first === '--version' || first === '-V') return { command: { kind: 'version' }, warnings: [] };
  switch (first) {
    case 'help':
      return { command: parseHelp(rest), warnings: [] };
    case 'align':
      return parseFileCommand(rest, 'align');
    case 'glossary':
      return parseFileCommand(rest, 'glossary');
    default:
      if (first.startsWith('-')) throw new UsageError(`unknown option ${first} (try "qiyos --help")`);
      throw new UsageError(`unknown command "${first}" (try "qiyos --help")`);
  }
}

function parseHelp(rest: readonly string[]): CliCommand {
  if (rest.length === 0) return { kind: 'help' };
  const [topic, ...extra] = rest;
  if (extra.length > 0) throw new UsageError(`"help" takes one topic, got ${rest.length}`);
  if (!HELP_TOPICS.includes(topic!)) throw new UsageError(`no help on "${topic}" (topics: ${HELP_TOPICS.join(', ')})`);
  return { kind: 'help', topic: topic as HelpTopic };
}

type ValueOption = '--langs' | '--format' | '--output' | '--encoding' | '--srx';
type FlagOption = '--presegmented' | '--quiet' | '--help';

const VALUE_OPTIONS: Record<string, ValueOption> = {
  '--langs': '--langs',
  '--encoding': '--encoding',
  '-e': '--encoding',
  '--srx': '--srx',
  '--format': '--format',
  '-f': '--format',
  '--output': '--output',
  '-o': '--output',
};
const FLAG_OPTIONS: Record<string, FlagOption> = {
  '--presegmented': '--presegmented',
  '--quiet': '--quiet',
  '-q': '--quiet',
  '--help': '--help',
  '-h': '--help',
};

/** Parses the arguments of `align` or `glossary` (the same inputs and options; formats differ). */
function parseFileCommand(rest: readonly string[], kind: 'align' | 'glossary'): ParsedArgs {
  const files: string[] = [];
  const values = new Map<ValueOption, string>();
  const flags = new Set<FlagOption>();
  let optionsEnded = false;

  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      if (arg === '-') throw new UsageError('reading from standard input is not supported; give file paths');
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    const valueOption = VALUE_OPTIONS[name];
    const flagOption = FLAG_OPTIONS[name];
    if (valueOption) {
      let value = inline;
      if (value === undefined) {
        const next = rest[i + 1];
        if (next === undefined || (next.startsWith('-') && next !== '-')) {
          throw new UsageError(`option ${name} needs a value`);
        }
        value = next;
        i++;
      }
      if (values.has(valueOption)) throw new UsageError(`option ${valueOption} is given more than once`);
      values.set(valueOption, value);
    } else if (flagOption) {
      if (inline !== undefined) throw new UsageError(`option ${name} takes no value`);
      flags.add(flagOption);
    } else {
      throw new UsageError(`unknown option ${name} (try "qiyos help ${kind}")`);
    }
  }

  if (flags.has('--help')) return { command: { kind: 'help', topic: kind }, warnings: [] };

  if (files.length < MIN_FILES || files.length > MAX_FILES) {
    const got = files.length === 0 ? 'none' : `${files.length}: ${files.join(', ')}`;
    throw new UsageError(`${kind} needs ${MIN_FILES} to ${MAX_FILES} files, got ${got}`);
  }

  const warnings: string[] = [];
  const common = { files, presegmented: flags.has('--presegmented'), quiet: flags.has('--quiet') };
  const format = values.get('--format');
  const command: AlignArgs | GlossaryArgs =
    kind === 'align'
      ? { kind, ...common, format: parseFormat(format ?? 'tmx', FORMATS) }
      : { kind, ...common, format: parseFormat(format ?? 'json', GLOSSARY_FORMATS) };
  const langs = values.get('--langs');
  if (langs !== undefined) command.langs = parseLangs(langs, files, warnings);
  const encoding = values.get('--encoding');
  if (encoding !== undefined) command.encoding = parseEncoding(encoding);
  const srx = values.get('--srx');
  if (srx !== undefined) {
    if (srx === '') throw new UsageError('option --srx needs a file path');
    if (command.presegmented) throw new UsageError('--srx and --presegmented do not go together: presegmented input is not segmented');
    command.srx = srx;
  }
  const output = values.get('--output');
  if (output !== undefined) {
    if (output === '') throw new UsageError('option --output needs a file path');
    command.output = output;
  }
  return { command, warnings };
}

/** Encoding names as the WHATWG Encoding standard spells them, plus the usual aliases (cp1251, utf8, koi8r). */
const ENCODING_ALIASES: Record<string, SupportedEncoding> = {
  utf8: 'utf-8',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  cp1251: 'windows-1251',
  win1251: 'windows-1251',
  windows1251: 'windows-1251',
  koi8r: 'koi8-r',
};

function parseEncoding(value: string): SupportedEncoding {
  const lower = value.trim().toLowerCase();
  const known = SUPPORTED_ENCODINGS.find((e) => e === lower) ?? ENCODING_ALIASES[lower.replace(/[-_]/g, '')];
  if (known === undefined) throw new UsageError(`unknown --encoding "${value}" (use ${SUPPORTED_ENCODINGS.join(', ')})`);
  return known;
}

function parseFormat<F extends string>(value: string, formats: readonly F[]): F {
  const format = value.toLowerCase();
  if (!(formats as readonly string[]).includes(format)) {
    throw new UsageError(`unknown --format "${value}" (use ${formats.join(', ')})`);
  }
  return format as F;
}

/**
 * Parses `--langs uz-Cyrl,en`: one well-formed BCP-47 tag per file. Known tags are matched
 * case-insensitively and returned in canonical case; other well-formed tags are kept as given
 * with a warning, since Qiyos then has no language-specific rules for them.
 */
export function parseLangs(value: string, files: readonly string[], warnings: string[]): LangTag[] {
  const tags = value.split(',').map((t) => t.trim());
  if (tags.some((t) => t === '')) throw new UsageError(`--langs "${value}" has an empty tag`);
  if (tags.length !== files.length) {
    throw new UsageError(
      `--langs has ${tags.length} tag${tags.length === 1 ? '' : 's'} for ${files.length} files (give one per file, in order)`,
    );
  }
  return tags.map((tag, i) => {
    const canonical = canonicalTag(tag);
    if (canonical === undefined) {
      throw new UsageError(`--langs: "${tag}" is not a BCP-47 language tag (for ${files[i]})`);
    }
    if (isKnownLang(canonical)) return canonical;
    warnings.push(
      `language "${tag}" is not one Qiyos knows (${KNOWN_LANGS.join(', ')}); aligning it without language rules (${files[i]})`,
    );
    return tag;
  });
}

/** The canonical form of a well-formed tag (e.g. "uz-cyrl" → "uz-Cyrl"), or undefined when ill-formed. */
function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
