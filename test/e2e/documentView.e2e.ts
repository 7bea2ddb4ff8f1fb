/**
 * The document view (seed 000: its Russian caption flagged, boilerplate dimmed, a sentence split by
 * hand and joined back, undo that survives a reload, the alignment valid throughout) and the
 * project's segmentation rules with SRX export and import.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { alignAndWait, chooseFiles, chromiumStatus, createProject, EN_SEED, importFiles, launch, MISSING_CHROMIUM, readStores, screenshot, sendMenuCommand, stubDesktop, testId, useApp, UZ_SEED } from './harness';

const SENTENCE = 'Юк ташиш ҳажми ўсиб бормоқда, шаҳарлар орасида ҳафтасига 40 дан ортиқ авиақатновлар амалга оширилмоқда.';
const FIRST_PART = 'Юк ташиш ҳажми ўсиб бормоқда,';

const status = chromiumStatus();
if (status === 'skip') console.warn(`[e2e] Skipping: ${MISSING_CHROMIUM}`);

const rows = (page: Page) => page.locator(testId('segment-row'));
const currentRow = (page: Page) => page.locator(`${testId('segment-row')}[aria-current="true"]`);
const segmentCount = async (page: Page) => Number((await page.locator(testId('document-view-count')).innerText()).match(/\d+/)![0]);

/** Moves the list's cursor down until the current segment's text starts with `prefix`. */
async function cursorTo(page: Page, prefix: string): Promise<void> {
  await page.locator(testId('segment-list')).focus();
  await page.keyboard.press('Home');
  for (let k = 0; k < 80; k++) {
    if ((await currentRow(page).locator(testId('segment-text')).innerText()).startsWith(prefix)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No segment starts with ${prefix}`);
}

/** Checks the stored alignment in the page's IndexedDB: every segment of every column in exactly one bead, in order. */
async function alignmentProblems(page: Page): Promise<string[]> {
  const stored = await readStores(page, ['alignments', 'beads', 'segments']);
  const alignments = stored.alignments as Array<{ id: number; columns: number[] }>;
  const beads = (stored.beads as Array<{ alignmentId: number; order: number; cells: number[][] }>).sort((a, b) => a.order - b.order);
  const segments = stored.segments as Array<{ id: number; documentId: number; order: number }>;
  const problems: string[] = [];
  if (alignments.length !== 1) problems.push(`${alignments.length} alignments`);
  for (const alignment of alignments) {
    alignment.columns.forEach((documentId, c) => {
      const expected = segments.filter((s) => s.documentId === documentId).sort((a, b) => a.order - b.order).map((s) => s.id);
      const got = beads.filter((b) => b.alignmentId === alignment.id).flatMap((b) => b.cells[c]!);
      if (JSON.stringify(got) !== JSON.stringify(expected)) problems.push(`column ${c + 1}: beads hold ${got.length} segments, the document has ${expected.length}`);
    });
  }
  return problems;
}

describe.skipIf(status === 'skip')('Document view and segmentation rules (web build in Chromium)', () => {
  const app = useApp('qiyos-e2e-docview-');
  /** Seed 000's document view, opened by the first test. */
  let documentUrl = '';

  it('shows seed 000 with its caption flagged, splits and joins a sentence with undo, keeps the alignment valid, and round-trips SRX', async () => {
    const { context, page } = await launch(app.dir);
    try {
      await page.goto(app.url);
      await createProject(page, 'Document view');
      const projectUrl = page.url();
      await importFiles(page, [UZ_SEED, EN_SEED]);
      await alignAndWait(page);
      const tableRows = async () => Number(await page.locator(testId('alignment-table')).getAttribute('aria-rowcount'));
      const initialRows = await tableRows();

      // Open seed 000.
      await page.locator(testId('document-row')).first().locator(testId('open-document')).click();
      await page.locator(testId('document-view')).waitFor();
      expect(page.url()).toMatch(/#\/project\/\d+\/document\/\d+$/);
      documentUrl = page.url();
      const initial = await segmentCount(page);
      expect(initial).toBeGreaterThan(12);
      await page.locator(testId('document-aligned-warning')).waitFor();

      // The Russian photo caption is flagged, and "Show" puts the cursor on it: dimmed, with its reason.
      const foreign = page.locator(`${testId('foreign-paragraph')}[data-lang="ru"]`);
      await foreign.waitFor({ timeout: 30_000 });
      expect(await foreign.innerText()).toContain('Официальные мероприятия государственного визита');
      await foreign.locator(testId('foreign-jump')).click();
      await expect.poll(() => currentRow(page).locator(testId('segment-text')).innerText()).toContain('Официальные мероприятия');
      expect(await currentRow(page).getAttribute('data-kind')).toBe('boilerplate');
      expect(await currentRow(page).locator(testId('segment-reason')).getAttribute('data-reason')).toBe('caption');
      expect(await currentRow(page).locator(testId('segment-include')).isChecked()).toBe(false);
      expect(await rows(page).filter({ has: page.locator(testId('segment-reason')) }).count()).toBeGreaterThan(2);
      await screenshot(page, '60-document-view-caption');

      // X takes the caption into the alignment, Ctrl+Z leaves it out again.
      await page.keyboard.press('x');
      await expect.poll(() => currentRow(page).getAttribute('data-kind')).toBe('sentence');
      expect(await currentRow(page).locator(testId('segment-include')).isChecked()).toBe(true);
      await page.keyboard.press('Control+z');
      await expect.poll(() => currentRow(page).getAttribute('data-kind')).toBe('boilerplate');
      expect(await currentRow(page).locator(testId('segment-reason')).getAttribute('data-reason')).toBe('caption');

      // Split the sentence by keyboard: S, then the caret after the comma (→ from the start), Enter.
      await cursorTo(page, FIRST_PART);
      await page.keyboard.press('s');
      const field = page.locator(testId('split-field'));
      await field.waitFor();
      expect(await field.evaluate((el) => document.activeElement === el)).toBe(true);
      await page.keyboard.press('Home');
      for (let k = 0; k < FIRST_PART.length; k++) await page.keyboard.press('ArrowRight');
      await page.keyboard.type('typing changes nothing');
      expect(await field.inputValue()).toBe(SENTENCE);
      await screenshot(page, '61-document-view-split-editor');
      await page.keyboard.press('Enter');
      await expect.poll(() => segmentCount(page)).toBe(initial + 1);
      expect(await currentRow(page).locator(testId('segment-text')).innerText()).toBe(FIRST_PART);
      expect(await alignmentProblems(page)).toEqual([]);
      await screenshot(page, '62-document-view-split');

      // Join it back with the mouse; undo (Ctrl+Z) splits again, redo joins again.
      await currentRow(page).locator(testId('segment-join')).click();
      await expect.poll(() => segmentCount(page)).toBe(initial);
      expect(await rows(page).filter({ hasText: SENTENCE }).count()).toBe(1);
      await page.locator(testId('segment-list')).focus();
      await page.keyboard.press('Control+z');
      await expect.poll(() => segmentCount(page)).toBe(initial + 1);
      await page.keyboard.press('Control+Shift+z');
      await expect.poll(() => segmentCount(page)).toBe(initial);
      expect(await alignmentProblems(page)).toEqual([]);

      // Split with the mouse this time, then undo: the alignment is as before.
      await cursorTo(page, FIRST_PART);
      await currentRow(page).locator(testId('segment-split')).click();
      await field.evaluate((el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at), FIRST_PART.length + 1);
      await page.locator(testId('split-confirm')).click();
      await expect.poll(() => segmentCount(page)).toBe(initial + 1);
      await page.locator(testId('document-undo')).click();
      await expect.poll(() => segmentCount(page)).toBe(initial);

      // The undo history is stored with the document: split, reload the page, undo makes the sentence whole again.
      await cursorTo(page, SENTENCE);
      await currentRow(page).locator(testId('segment-split')).click();
      await field.evaluate((el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at), FIRST_PART.length + 1);
      await page.locator(testId('split-confirm')).click();
      await expect.poll(() => segmentCount(page)).toBe(initial + 1);
      await page.reload();
      await page.locator(testId('document-view')).waitFor();
      await expect.poll(() => segmentCount(page)).toBe(initial + 1);
      expect(await rows(page).filter({ hasText: SENTENCE }).count()).toBe(0);
      await expect.poll(() => page.locator(testId('document-undo')).getAttribute('title')).toBe('Undo: split a sentence (Ctrl+Z)');
      expect(await page.locator(testId('document-redo')).isDisabled()).toBe(true);
      await page.locator(testId('document-undo')).click();
      await expect.poll(() => segmentCount(page)).toBe(initial);
      expect(await rows(page).filter({ hasText: SENTENCE }).count()).toBe(1);
      const history = async () => {
        const { documents } = await readStores(page, ['documents']);
        const doc = (documents as Array<{ title: string; segmentHistory?: { done: { op: { kind: string } }[]; undone: { op: { kind: string } }[] } }>).find((d) => d.segmentHistory);
        return doc && { done: doc.segmentHistory!.done.map((e) => e.op.kind), undone: doc.segmentHistory!.undone.map((e) => e.op.kind) };
      };
      expect(await history()).toEqual({ done: ['split', 'join'], undone: ['split'] });
      expect(await alignmentProblems(page)).toEqual([]);
      // Redo after the reload too (Ctrl+Y), and undo again.
      await page.locator(testId('segment-list')).focus();
      await page.keyboard.press('Control+y');
      await expect.poll(() => segmentCount(page)).toBe(initial + 1);
      await page.keyboard.press('Control+z');
      await expect.poll(() => segmentCount(page)).toBe(initial);
      expect(await history()).toEqual({ done: ['split', 'join'], undone: ['split'] });

      // The alignment view still shows every sentence: same rows, every segment in one row.
      await page.locator(testId('document-view-project')).click();
      await page.locator(testId('alignment-table')).waitFor();
      expect(await tableRows()).toBe(initialRows);
      expect(await alignmentProblems(page)).toEqual([]);

      // Project rules: a break after "ўсиб бормоқда," re-segments seed 000 and keeps the alignment valid.
      await page.locator(testId('document-row')).first().locator(testId('open-document')).click();
      await page.locator(testId('open-segmentation-rules')).click();
      await page.locator(testId('segmentation-rules-view')).waitFor();
      await page.locator(testId('rules-lang-uz-Cyrl')).click();
      await page.locator(testId('abbreviation-input')).fill('тумани');
      await page.locator(testId('abbreviation-add')).click();
      await page.locator(testId('rule-add')).click();
      await page.locator(testId('rule-break')).selectOption('yes');
      await page.locator(testId('rule-before')).fill('ўсиб бормоқда,');
      await page.locator(testId('rule-after')).fill('(');
      expect(await page.locator(testId('rule-error')).innerText()).toMatch(/invalid regular expression/i);
      expect(await page.locator(testId('rules-save')).isDisabled()).toBe(true);
      await page.locator(testId('rule-after')).fill('\\s');
      await page.locator(testId('rules-save')).click();
      await page.locator(testId('rules-confirm-save')).click();
      await page.locator(testId('toast-success')).filter({ hasText: 'Rules saved' }).waitFor({ timeout: 60_000 });
      await screenshot(page, '63-segmentation-rules');

      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(testId('srx-export')).click()]);
      expect(download.suggestedFilename()).toBe('Document-view-segmentation.srx');
      const srx = readFileSync((await download.path())!, 'utf8');
      expect(srx).toContain('<beforebreak>ўсиб бормоқда,</beforebreak>');
      expect(srx).toContain('languagerulename="Qiyos built-in"');

      await page.goto(projectUrl);
      await page.locator(testId('alignment-table')).waitFor();
      expect(await page.locator(testId('open-segmentation-rules-project')).getAttribute('href')).toMatch(/^#\/project\/\d+\/segmentation$/);
      await page.locator(testId('document-row')).first().locator(testId('open-document')).click();
      await expect.poll(() => segmentCount(page)).toBe(initial + 1);
      expect(await rows(page).filter({ hasText: SENTENCE }).count()).toBe(0);
      expect(await alignmentProblems(page)).toEqual([]);
      // The hand edits referred to the segments the rules replaced: their history went with them.
      expect(await history()).toBeUndefined();
      expect(await page.locator(testId('document-undo')).isDisabled()).toBe(true);

      // Import: a broken SRX is refused with its line and changes nothing; the exported one fills the editor.
      await page.locator(testId('open-segmentation-rules')).click();
      await page.locator(testId('segmentation-rules-view')).waitFor();
      const bad = join(app.dir, 'bad.srx');
      writeFileSync(bad, '<?xml version="1.0"?>\n<srx version="2.0">\n<body><languagerules><languagerule languagerulename="x">\n<rule><beforebreak>(Dr</beforebreak></rule>\n</languagerule></languagerules></body></srx>');
      const badChooser = await chooseFiles(page, () => page.locator(testId('srx-import')).click());
      await badChooser.setFiles(bad);
      expect(await page.locator(testId('toast-error')).filter({ hasText: 'bad.srx' }).innerText()).toMatch(/Line 4: <beforebreak>: invalid regular expression/);
      expect(await page.locator(testId('rules-unsaved')).count()).toBe(0);
      await page.locator(testId('rules-lang-uz-Cyrl')).click();
      await page.locator(testId('rule-remove')).click();
      await page.locator(testId('rules-unsaved')).waitFor();
      const good = join(app.dir, 'rules.srx');
      writeFileSync(good, srx);
      const goodChooser = await chooseFiles(page, () => page.locator(testId('srx-import')).click());
      await goodChooser.setFiles(good);
      await page.locator(testId('toast-info')).filter({ hasText: 'rules.srx' }).waitFor();
      await page.locator(testId('rules-lang-uz-Cyrl')).click();
      expect(await page.locator(testId('rule-before')).inputValue()).toBe('ўсиб бормоқда,');
      expect(await page.locator(testId('abbreviation')).count()).toBe(1);
      expect(await page.locator(testId('abbreviation')).innerText()).toContain('тумани.');
      expect(await page.locator(testId('rules-unsaved')).count()).toBe(0);
    } finally {
      await context.close();
    }
  }, 240_000);

  it('the desktop Edit menu undoes and redoes the open document\'s stored edits after a restart', async () => {
    expect(documentUrl).not.toBe('');
    const open = async () => {
      const session = await launch(app.dir);
      // A stand-in for the Electron preload, so the page takes commands from the native menu.
      await stubDesktop(session.page);
      await session.page.goto(documentUrl);
      await session.page.locator(testId('document-view')).waitFor();
      return session;
    };
    let { context, page } = await open();
    try {
      const initial = await segmentCount(page);
      await cursorTo(page, FIRST_PART);
      await page.keyboard.press('j');
      await expect.poll(() => segmentCount(page)).toBe(initial - 1);
      await context.close();

      ({ context, page } = await open());
      await expect.poll(() => segmentCount(page)).toBe(initial - 1);
      await expect.poll(() => page.locator(testId('document-undo')).getAttribute('title')).toBe('Undo: join two sentences (Ctrl+Z)');
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await sendMenuCommand(page, { id: 'undo' });
      await expect.poll(() => segmentCount(page)).toBe(initial);
      expect(await rows(page).filter({ hasText: FIRST_PART }).count()).toBe(1);
      await sendMenuCommand(page, { id: 'redo' });
      await expect.poll(() => segmentCount(page)).toBe(initial - 1);
      await sendMenuCommand(page, { id: 'undo' });
      await expect.poll(() => segmentCount(page)).toBe(initial);
      expect(await page.locator(testId('document-redo')).getAttribute('title')).toBe('Redo: join two sentences (Ctrl+Shift+Z)');
      expect(await alignmentProblems(page)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
