/** The alignment view's pure helpers: the shown-row list, the filters, the map geometry, the word diff. */
import { describe, expect, it } from 'vitest';
import { dropOp } from '../../../renderer/features/alignment/dragSentence';
import { editLabel } from '../../../renderer/features/alignment/editLabel';
import { messages } from '../../../renderer/features/alignment/messages';
import { RowList } from '../../../renderer/features/alignment/rowList';
import { wordDiff } from '../../../renderer/features/alignment/textDiff';
import { isNullBead, mapGeometry, nearestRow, rasterize } from '../../../renderer/features/alignmentMap/mapGeometry';
import { filterRows } from '../../../renderer/features/find/alignmentFilters';
import { errorMessage } from '../../../renderer/shell/NotificationsProvider';
import { alignDocuments } from '../../../shared/align/alignDocuments';
import { EditNotApplicableError, planOp, type EditBead } from '../../../shared/editing/beadOps';
import { formatMessage, type MessageParams, type UiLocale } from '../../../shared/i18n/locales';
import { enDocument, uzDocument } from './seedFixture';

const seg = (kind = 'sentence') => ({ kind, text: 'x' });
const beads = [
  { score: 0.9, status: 'auto', cells: [[seg()], [seg()]] },
  { score: 0.3, status: 'auto', cells: [[seg()], []] },
  { score: 1, status: 'confirmed', cells: [[seg(), seg()], [seg()]] },
  { score: 0.2, status: 'auto', cells: [[seg('boilerplate')], []] },
  { score: 0.45, status: 'auto', cells: [[seg()], [seg(), seg()]] },
];

describe('RowList', () => {
  it('moves among the shown rows only, keeping real row numbers', () => {
    const rows = new RowList(10, [1, 4, 7]);
    expect(rows.length).toBe(3);
    expect(rows.step(4, 1)).toBe(7);
    expect(rows.step(4, -1)).toBe(1);
    expect(rows.step(7, 5)).toBe(7);
    expect(rows.snap(5)).toBe(7);
    expect(rows.snap(9)).toBe(7);
    expect(rows.has(4)).toBe(true);
    expect(rows.has(5)).toBe(false);
    expect(rows.find(1, 1, (r) => r > 5)).toBe(7);
    expect(rows.find(5, -1, () => true)).toBe(4);
    expect(rows.find(7, 1, () => true)).toBeNull();
  });

  it('without a filter is every row', () => {
    const rows = new RowList(5);
    expect([rows.at(0), rows.at(4), rows.step(2, 2), rows.step(0, -1), rows.find(0, 1, (r) => r % 3 === 0)]).toEqual([0, 4, 4, 0, 3]);
  });
});

describe('filterRows', () => {
  it('keeps the rows every active filter passes', () => {
    expect(filterRows(beads, new Set(), null)).toBeNull();
    // Boilerplate-only rows are not "low confidence": they were never aligned.
    expect(filterRows(beads, new Set(['low']), null)).toEqual([1, 4]);
    expect(filterRows(beads, new Set(['unconfirmed']), null)).toEqual([0, 1, 3, 4]);
    expect(filterRows(beads, new Set(['notOneToOne']), null)).toEqual([1, 2, 3, 4]);
    expect(filterRows(beads, new Set(['emptyCell']), null)).toEqual([1, 3]);
    expect(filterRows(beads, new Set(['low', 'emptyCell']), null)).toEqual([1]);
    expect(filterRows(beads, new Set(['matches', 'notOneToOne']), [0, 2, 4])).toEqual([2, 4]);
    // No find query: the matches filter is ignored.
    expect(filterRows(beads, new Set(['matches']), null)).toBeNull();
    expect(filterRows(beads, new Set(['text']), null)).toEqual([0, 1, 2, 4]);
    expect(filterRows(beads, new Set(['text', 'emptyCell']), null)).toEqual([1]);
  });

  it('hides the rows of page furniture in the seed alignment with "article text"', () => {
    const docs = [uzDocument(), enDocument()];
    const aligned = alignDocuments(docs.map((d) => ({ lang: d.lang, segments: d.segments })));
    const rows = aligned.map((b) => ({ score: b.score, status: 'auto', cells: b.cells.map((cell, c) => cell.map((k) => docs[c]!.segments[k]!)) }));
    const shown = filterRows(rows, new Set(['text']), null)!;
    const hidden = rows.flatMap((_, k) => (shown.includes(k) ? [] : [k]));
    // The timestamp, photo credit and agency end mark are rows of their own; every sentence is still shown.
    expect(hidden.map((k) => rows[k]!.cells.flat().map((s) => s.text))).toEqual([['11:10 15.11.2025 (янгиланди: 12:05 15.11.2025)'], ['© telegram sputnikuzbekistan/'], ['–0–']]);
    const shownSegments = shown.flatMap((k) => rows[k]!.cells.flat());
    expect(shownSegments.filter((s) => s.kind !== 'boilerplate')).toHaveLength(docs.flatMap((d) => d.segments).filter((s) => s.kind !== 'boilerplate').length);
  });
});

describe('alignment map geometry', () => {
  it('follows the path through the seed alignment, null beads flat on one axis', () => {
    const uz = uzDocument();
    const en = enDocument();
    const aligned = alignDocuments([
      { lang: uz.lang, segments: uz.segments },
      { lang: en.lang, segments: en.segments },
    ]);
    const g = mapGeometry(aligned, 0, 1);
    expect(g.width).toBe(uz.segments.length);
    expect(g.height).toBe(en.segments.length);
    const last = aligned.length - 1;
    expect([g.x1[last], g.y1[last]]).toEqual([g.width, g.height]);
    for (let k = 1; k < aligned.length; k++) {
      expect(g.x0[k]).toBe(g.x1[k - 1]);
      expect(g.y0[k]).toBe(g.y1[k - 1]);
    }
    const nulls = aligned.map((b, k) => (isNullBead(g, k) ? k : -1)).filter((k) => k >= 0);
    expect(nulls).toEqual(aligned.map((b, k) => (b.cells.some((c) => c.length === 0) ? k : -1)).filter((k) => k >= 0));
    // A click at a row's middle finds that row.
    const k = Math.floor(aligned.length / 2);
    expect(nearestRow(g, (g.x0[k]! + g.x1[k]!) / 2 / g.width, (g.y0[k]! + g.y1[k]!) / 2 / g.height)).toBe(k);
  });

  it('rasterises with the most telling level winning a shared pixel', () => {
    const g = mapGeometry(
      [
        { cells: [[1], [1]] },
        { cells: [[1], []] },
      ],
      0,
      1,
    );
    const grid = rasterize(g, (k) => (k === 0 ? 1 : 5), 3);
    // Row 1 runs from (0,0) to (1,2), row 2 (the null bead) from (1,2) to (2,2): they share pixel (1,2).
    expect(Array.from(grid)).toEqual([1, 0, 0, 0, 1, 0, 0, 5, 5]);
  });
});

describe('wordDiff', () => {
  it('marks the words deleted and inserted, keeping the rest', () => {
    const parts = wordDiff('Mirziyoyev met the the delegation.', 'Mirziyoyev met the delegation on Monday.');
    expect(parts.filter((p) => p.kind !== 'inserted').map((p) => p.text).join('')).toBe('Mirziyoyev met the the delegation.');
    expect(parts.filter((p) => p.kind !== 'deleted').map((p) => p.text).join('')).toBe('Mirziyoyev met the delegation on Monday.');
    expect(parts.some((p) => p.kind === 'deleted' && p.text.includes('the'))).toBe(true);
    expect(parts.some((p) => p.kind === 'inserted' && p.text.includes('Monday'))).toBe(true);
  });
});

describe('edit names and refusals in the UI language', () => {
  const tr = (locale: UiLocale) => (key: keyof (typeof messages)['en'], params?: MessageParams) => formatMessage(messages[locale][key], params, locale);
  const rows: EditBead[] = [
    { cells: [[0], [0]], score: 0.9, status: 'auto' },
    { cells: [[1], []], score: 0.2, status: 'confirmed' },
  ];
  const refusal = (op: Parameters<typeof planOp>[1]) => {
    try {
      planOp(rows, op);
    } catch (error) {
      if (error instanceof EditNotApplicableError) return error;
    }
    throw new Error('expected a refusal');
  };

  it('names history entries with their rows, and falls back to the stored label', () => {
    expect(editLabel(tr('uz-Latn'), { kind: 'mergeWithNext', row: 2 }, 'Merge rows 3 and 4')).toBe('3- va 4-qatorlarni birlashtirish');
    expect(editLabel(tr('ru'), { kind: 'text', row: 0 }, 'Edit a sentence of row 1')).toBe('Правка предложения в строке 1');
    expect(editLabel(tr('ru'), undefined, 'Merge rows 3 and 4')).toBe('Merge rows 3 and 4');
  });

  // The refusal toast shows the error's own translated text (errorMessage, as useAlignmentEditing does).
  it('says why an operation does not apply, with real row and column numbers', () => {
    expect(errorMessage(refusal({ kind: 'mergeWithNext', row: 1 }), 'ru')).toBe('Под последней строкой нет строки для объединения.');
    expect(errorMessage(refusal({ kind: 'detach', row: 1, column: 1 }), 'en')).toBe('Row 2 has no sentence in column 2.');
    expect(errorMessage(refusal({ kind: 'confirm', row: 1 }), 'uz-Latn')).toBe('2-qator allaqachon tasdiqlangan.');
    const empty = new EditNotApplicableError('A sentence cannot be empty: merge the row or use "no counterpart" instead.', { code: 'emptyText' });
    expect(errorMessage(empty, 'uz-Latn')).toBe('Gap boʻsh boʻlishi mumkin emas: qatorni birlashtiring yoki «muqobili yoʻq»dan foydalaning.');
    // The English text is what the error itself says.
    const merge = refusal({ kind: 'mergeWithPrevious', row: 0 });
    expect(errorMessage(merge, 'en')).toBe(merge.message);
  });
});

describe('dropOp: where a dragged sentence may land', () => {
  it('moves the first sentence up onto the row above and the last one down onto the row below, nothing else', () => {
    expect(dropOp({ row: 5, column: 1, directions: 'up' }, 4)).toEqual({ kind: 'moveUp', row: 5, column: 1 });
    expect(dropOp({ row: 5, column: 1, directions: 'up' }, 6)).toBeNull();
    expect(dropOp({ row: 5, column: 0, directions: 'down' }, 6)).toEqual({ kind: 'moveDown', row: 5, column: 0 });
    expect(dropOp({ row: 5, column: 0, directions: 'down' }, 4)).toBeNull();
    // A cell's only sentence is both its first and its last.
    expect(dropOp({ row: 5, column: 0, directions: 'both' }, 4)?.kind).toBe('moveUp');
    expect(dropOp({ row: 5, column: 0, directions: 'both' }, 6)?.kind).toBe('moveDown');
    expect(dropOp({ row: 5, column: 0, directions: 'both' }, 5)).toBeNull();
    expect(dropOp({ row: 5, column: 0, directions: 'both' }, 3)).toBeNull();
    expect(dropOp(null, 4)).toBeNull();
  });
});
