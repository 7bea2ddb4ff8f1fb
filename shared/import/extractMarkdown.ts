/**
 * The text of a Markdown document without its syntax: front matter, heading marks, emphasis, link
 * and image syntax, list and quote markers, rules, tables' pipes and HTML tags go; headings and
 * list items stay on lines of their own; lines of one paragraph are joined as Markdown renders them;
 * fenced and indented code is kept line by line as plain text.
 */
import type { ExtractedText } from './extractHtml';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;
const QUOTE = /^ {0,3}>[ \t]?/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+/;
const TABLE_DIVIDER = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;

/** Inline syntax to plain text: images dropped, links to their text, code, emphasis and tags unwrapped. */
export function stripInline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/(`+)(.+?)\1/g, '$2')
    .replace(/(\*{1,3})(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}])(_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\p{L}\p{N}])/gu, '$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~"'])/g, '$1');
}

/** Front matter (YAML between --- lines, TOML between +++ lines) at the very start, and its title. */
function frontMatter(lines: string[]): { end: number; title: string } {
  const fence = lines[0]?.trim();
  if (fence !== '---' && fence !== '+++') return { end: 0, title: '' };
  const close = lines.findIndex((l, i) => i > 0 && (l.trim() === fence || (fence === '---' && l.trim() === '...')));
  if (close === -1) return { end: 0, title: '' };
  let title = '';
  for (const line of lines.slice(1, close)) {
    const m = /^title\s*[:=]\s*(.*)$/i.exec(line.trim());
    if (m !== null) title = m[1]!.trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return { end: close + 1, title };
}

/** The title (front matter title, else the first level-1 heading) and text of a Markdown document. */
export function extractMarkdown(markdown: string): ExtractedText {
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const front = frontMatter(lines);
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let title = front.title;
  let fence: string | undefined;
  const flush = (): void => {
    const text = paragraph.join(' ').replace(/[ \t]+/g, ' ').trim();
    if (text !== '') blocks.push(text);
    paragraph = [];
  };
  const heading = (level: number, text: string): void => {
    flush();
    const plain = stripInline(text).trim();
    if (plain === '') return;
    if (level === 1 && title === '') title = plain;
    blocks.push(plain);
  };

  for (let i = front.end; i < lines.length; i++) {
    const raw = lines[i]!;
    if (fence !== undefined) {
      if (raw.trim().startsWith(fence)) fence = undefined;
      else if (raw.trim() !== '') blocks.push(raw.trimEnd());
      continue;
    }
    const fenceOpen = FENCE.exec(raw);
    if (fenceOpen !== null) {
      flush();
      fence = fenceOpen[1]!;
      continue;
    }
    if (raw.trim() === '') {
      flush();
      continue;
    }
    if (paragraph.length > 0 && SETEXT_UNDERLINE.test(raw)) {
      const text = paragraph.join(' ');
      paragraph = [];
      heading(raw.trim().startsWith('=') ? 1 : 2, text);
      continue;
    }
    if (RULE.test(raw) || REFERENCE_DEFINITION.test(raw) || TABLE_DIVIDER.test(raw) && raw.includes('-')) {
      flush();
      continue;
    }
    let line = raw;
    while (QUOTE.test(line)) line = line.replace(QUOTE, '');
    const atx = ATX_HEADING.exec(line);
    if (atx !== null) {
      heading(atx[1]!.length, atx[2] ?? '');
      continue;
    }
    if (LIST_ITEM.test(line)) {
      flush();
      paragraph.push(stripInline(line.replace(LIST_ITEM, '')));
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      flush();
      blocks.push(stripInline(line.trim().replace(/^\||\|$/g, '')).split('|').map((c) => c.trim()).filter((c) => c !== '').join('\t'));
      continue;
    }
    // Two trailing spaces or a backslash: a hard line break inside the paragraph.
    const hardBreak = / {2,}$|\\$/.test(line);
    paragraph.push(stripInline(line.replace(/\\$/, '').trim()));
    if (hardBreak) flush();
  }
  flush();
  return { title, text: blocks.join('\n\n') };
}
