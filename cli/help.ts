/** Help texts of the CLI. Plain strings; main decides where to print them. */
import type { HelpTopic } from './args';

const GENERAL = `Usage: qiyos <command> [options]

Aligns parallel news reports sentence by sentence (Uzbek Cyrillic, Uzbek Latin, Russian, English).

Commands:
  align A B [C [D]]                   align 2 to 4 documents (text, HTML, Markdown, DOCX)
                                      and write TMX, JSON or TSV
  glossary                            (not available yet)
  help [command]                      show help for a command

Options:
  -h, --help       show this help
  -V, --version    show the version

Exit codes: 0 success, 1 bad input (a file is missing, empty, binary...), 2 wrong usage.
`;

const ALIGN = `Usage: qiyos align A B [C [D]] [options]

Reads 2 to 4 documents (the same story in different languages), splits them into sentences,
aligns the sentences and writes the alignment. Inputs may be plain text (UTF-8, UTF-16,
Windows-1251 or KOI8-R, detected), HTML pages (the article text is kept), Markdown or DOCX.

Options:
  --langs TAGS        one language tag per file, comma-separated, in file order
                      (uz-Cyrl, uz-Latn, ru, en; other BCP-47 tags work without language rules);
                      default: detected from the text
  -e, --encoding ENC  decode every text input as ENC (utf-8, utf-16le, utf-16be,
                      windows-1251, koi8-r) instead of detecting it per file
  --presegmented      every non-blank line is one sentence, exactly as given
  -f, --format FMT    tmx (default), json or tsv
  -o, --output FILE   write to FILE (replaced atomically) instead of standard output
  -q, --quiet         no progress and no warnings (errors are still reported)
  -h, --help          show this help

Formats:
  tmx   TMX 1.4b for CAT tools; one <tu> per bead that pairs text in at least two files,
        document names are the files' base names
  json  {"beads":[{"cells":[[i,...],[j,...]],"score":s},...]}: cells[d] are sentence indices of
        file d (with --presegmented: the index among the non-blank lines); every sentence of every
        file is in exactly one bead, in document order
  tsv   a header line (languages, then "score"), then one line per bead: one column per file
        (sentences of a bead joined with a space), then the score

Example:
  qiyos align uz.txt en.txt --langs uz-Cyrl,en -o talks.tmx
`;

const GLOSSARY = `Usage: qiyos glossary

Name glossaries are not available in the command line yet.
`;

/** The help text for `topic`, or the general help. */
export function helpText(topic?: HelpTopic): string {
  switch (topic) {
    case 'align':
      return ALIGN;
    case 'glossary':
      return GLOSSARY;
    default:
      return GENERAL;
  }
}
