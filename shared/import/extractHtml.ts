/**
 * The article of a saved web page as plain text. The page is only tokenised (htmlparser2, no DOM):
 * nothing in it is executed, loaded or followed. Scripts, styles, menus, headers, footers,
 * sidebars, forms, hidden elements and blocks whose class or role says they are page chrome are
 * dropped; of what remains, the article is the <article> around the `itemprop="articleBody"` element
 * (or that element), else the longest <article>, else <main>, else the element holding the most
 * paragraph text.
 */
import { Parser } from 'htmlparser2';

export interface ExtractedText {
  /** The document's title ('' when it has none). */
  title: string;
  /** Paragraphs separated by blank lines; headings and captions on lines of their own. */
  text: string;
}

interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: (Element | string)[];
  parent: Element | undefined;
}

/** Elements whose content is never text of the page. */
const NEVER_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'audio', 'video', 'map', 'title']);
/** Page chrome, dropped with everything inside. */
const CHROME = new Set(['nav', 'aside', 'form', 'menu', 'button', 'select', 'option', 'textarea', 'input', 'dialog', 'label']);
/** Chrome outside an article, part of the story inside one (an <article>'s <header> holds its headline). */
const CHROME_OUTSIDE_ARTICLE = new Set(['header', 'footer']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alertdialog', 'toolbar', 'tablist']);
/** class/id words of chrome blocks: whole hyphen- or underscore-separated words only. */
const CHROME_NAMES = /(^|[\s_-])(nav|navbar|navigation|menu|sidebar|related|share|sharing|social|comments?|breadcrumbs?|cookies?|consent|ads?|advert\w*|banner|subscribe|subscription|newsletter|widget|promo|popup|modal|footer|masthead|tags|pagination|pager)($|[\s_-])/i;
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre',
  'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'address', 'hgroup', 'header', 'footer',
  'details', 'summary', 'center', 'body', 'html', 'hr',
]);

function isHidden(attrs: Record<string, string>): boolean {
  return 'hidden' in attrs || attrs['aria-hidden'] === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attrs.style ?? '');
}

function isArticleBody(attrs: Record<string, string>): boolean {
  return /(^|\s)articleBody(\s|$)/.test(attrs.itemprop ?? '');
}

function looksLikeChrome(tag: string, attrs: Record<string, string>): boolean {
  if (tag === 'body' || tag === 'html' || tag === 'article' || tag === 'main' || isArticleBody(attrs)) return false;
  if (CHROME_ROLES.has((attrs.role ?? '').toLowerCase())) return true;
  return CHROME_NAMES.test(attrs.class ?? '') || CHROME_NAMES.test(attrs.id ?? '');
}

/** Tokenises the page into a small tree without the dropped parts; also returns the <title>. */
function parsePage(html: string): { root: Element; title: string } {
  const root: Element = { tag: '#root', attrs: {}, children: [], parent: undefined };
  let current = root;
  let skipDepth = 0;
  let inTitle = false;
  let title = '';
  let titleDone = false;
  let articleDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'title' && !titleDone) inTitle = true;
        if (skipDepth > 0) {
          skipDepth++;
          return;
        }
        const dropped =
          NEVER_TEXT.has(name) || CHROME.has(name) || (CHROME_OUTSIDE_ARTICLE.has(name) && (articleDepth === 0 || name === 'footer')) || isHidden(attrs) || looksLikeChrome(name, attrs);
        if (dropped) {
          skipDepth = 1;
          return;
        }
        if (name === 'article') articleDepth++;
        const element: Element = { tag: name, attrs, children: [], parent: current };
        current.children.push(element);
        current = element;
      },
      onclosetag(name) {
        if (name === 'title' && inTitle) {
          inTitle = false;
          titleDone = true;
        }
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (current.parent === undefined) return;
        if (current.tag === 'article') articleDepth--;
        current = current.parent;
      },
      ontext(text) {
        if (inTitle) title += text;
        if (skipDepth > 0) return;
        const last = current.children[current.children.length - 1];
        if (typeof last === 'string') current.children[current.children.length - 1] = last + text;
        else current.children.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  return { root, title: collapse(title) };
}

function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

function* elements(root: Element): Generator<Element> {
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    yield el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i]!;
      if (typeof child !== 'string') stack.push(child);
    }
  }
}

function textLength(el: Element, memo: Map<Element, number>): number {
  const known = memo.get(el);
  if (known !== undefined) return known;
  let n = 0;
  for (const child of el.children) n += typeof child === 'string' ? collapse(child).length : textLength(child, memo);
  memo.set(el, n);
  return n;
}

function contains(ancestor: Element, el: Element): boolean {
  for (let e: Element | undefined = el; e !== undefined; e = e.parent) if (e === ancestor) return true;
  return false;
}

/** The element holding the article (see the module comment). */
function findArticle(root: Element): Element {
  const memo = new Map<Element, number>();
  const all = [...elements(root)];
  const body = all.find((el) => isArticleBody(el.attrs));
  if (body !== undefined) {
    // The <article> around articleBody also holds the headline, lead and photo caption.
    for (let e = body.parent; e !== undefined; e = e.parent) if (e.tag === 'article') return e;
    return body;
  }
  // The element whose own <p> children hold the most text: where the story's paragraphs live.
  let dense: Element | undefined;
  let denseScore = 0;
  for (const el of all) {
    let score = 0;
    for (const child of el.children) if (typeof child !== 'string' && child.tag === 'p') score += textLength(child, memo);
    if (score > denseScore) [dense, denseScore] = [el, score];
  }
  const longest = (candidates: Element[]): Element | undefined =>
    candidates.reduce<Element | undefined>((best, el) => (best === undefined || textLength(el, memo) > textLength(best, memo) ? el : best), undefined);
  // <article> and <main> win unless they are teaser cards next to a much longer story.
  const holdsStory = (el: Element | undefined): el is Element => el !== undefined && textLength(el, memo) > 0 && textLength(el, memo) >= denseScore / 2;
  const article = longest(all.filter((el) => el.tag === 'article'));
  if (holdsStory(article)) return article;
  const main = longest(all.filter((el) => el.tag === 'main' || el.attrs.role === 'main'));
  if (holdsStory(main)) return main;
  return dense ?? all.find((el) => el.tag === 'body') ?? root;
}

/** The element's text as blocks: one per paragraph, heading, list item, caption or table cell. */
function blocksOf(el: Element): string[] {
  const blocks: string[] = [];
  let line = '';
  const flush = (): void => {
    const lines = line.split('\n').map(collapse).filter((l) => l !== '');
    if (lines.length > 0) blocks.push(lines.join('\n'));
    line = '';
  };
  const walk = (node: Element, pre: boolean): void => {
    for (const child of node.children) {
      if (typeof child === 'string') {
        line += pre ? child : child.replace(/[\n\r]+/g, ' ');
        continue;
      }
      if (child.tag === 'br') {
        line += '\n';
        continue;
      }
      const block = BLOCKS.has(child.tag);
      if (block) flush();
      if (child.tag === 'pre') {
        walk(child, true);
        blocks.push(...line.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== ''));
        line = '';
        continue;
      }
      walk(child, pre);
      if (block) flush();
    }
  };
  walk(el, false);
  flush();
  return blocks;
}

/** The title and the article text of an HTML page (see the module comment). */
export function extractHtml(html: string): ExtractedText {
  const { root, title: pageTitle } = parsePage(html);
  const article = findArticle(root);
  const h1 = [...elements(root)].find((el) => el.tag === 'h1');
  const headline = h1 === undefined ? '' : collapse(blocksOf(h1).join(' '));
  const blocks = blocksOf(article);
  if (h1 !== undefined && headline !== '' && !contains(article, h1) && !contains(h1, article)) blocks.unshift(headline);
  // "Headline – Site name" in <title>: the headline alone is the better title.
  const title = headline !== '' && (pageTitle === '' || pageTitle.includes(headline)) ? headline : pageTitle;
  return { title, text: blocks.join('\n\n') };
}
