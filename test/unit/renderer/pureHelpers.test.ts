import { describe, expect, it } from 'vitest';
import { confidenceLevel, formatScore } from '../../../renderer/features/alignment/confidenceScale';
import { isAlignmentCurrent, pickAlignmentColumns } from '../../../renderer/features/alignment/alignmentColumns';
import { buildTmxInput, exportFileName } from '../../../renderer/features/export/buildTmxInput';
import { parseRoute, routeToHash } from '../../../renderer/shell/route';
import { dateTimeFormatter } from '../../../renderer/common/formatDate';
import type { AlignmentView } from '../../../renderer/db/repository';

describe('confidence scale', () => {
  it('maps scores to four labelled levels', () => {
    expect([0.95, 0.7, 0.45, 0.1, Number.NaN].map((s) => confidenceLevel(s).label)).toEqual(['High', 'Good', 'Fair', 'Low', 'Low']);
    expect(formatScore(0.876)).toBe('0.88');
    expect(formatScore(1.4)).toBe('1.00');
  });
});

describe('alignment columns', () => {
  it('uses at most the first four documents', () => {
    const docs = [1, 2, 3, 4, 5].map((id) => ({ id }));
    expect(pickAlignmentColumns(docs).map((d) => d.id)).toEqual([1, 2, 3, 4]);
    expect(isAlignmentCurrent([1, 2], [1, 2])).toBe(true);
    expect(isAlignmentCurrent([1, 2], [1, 2, 3])).toBe(false);
    expect(isAlignmentCurrent([2, 1], [1, 2])).toBe(false);
  });
});

describe('buildTmxInput', () => {
  it('turns beads into units with the document titles as names', () => {
    const view = {
      alignment: { id: 1, projectId: 1, columns: [10, 20], createdAt: 0, updatedAt: 0 },
      columns: [
        { id: 10, lang: 'uz-Cyrl', title: 'Sputnik' },
        { id: 20, lang: 'en', title: 'Xinhua' },
      ],
      beads: [
        { id: 1, order: 0, score: 0.9, status: 'auto', cells: [[{ id: 1, text: 'A', kind: 'sentence' }], [{ id: 2, text: 'B', kind: 'sentence' }, { id: 3, text: 'C', kind: 'sentence' }]] },
        { id: 2, order: 1, score: 0.1, status: 'confirmed', cells: [[], [{ id: 4, text: 'D', kind: 'boilerplate' }]] },
      ],
    } as unknown as AlignmentView;
    expect(buildTmxInput(view)).toEqual({
      columns: [
        { lang: 'uz-Cyrl', documentName: 'Sputnik' },
        { lang: 'en', documentName: 'Xinhua' },
      ],
      units: [
        { cells: [['A'], ['B', 'C']], score: 0.9, status: 'auto' },
        { cells: [[], ['D']], score: 0.1, status: 'confirmed' },
      ],
      options: {},
    });
  });

  it('makes a safe file name', () => {
    expect(exportFileName('Tashkent / Astana: talks?', 'tmx')).toBe('Tashkent Astana talks.tmx');
    expect(exportFileName('  ', 'tmx')).toBe('alignment.tmx');
  });
});

describe('routes', () => {
  it('round-trips the two views', () => {
    expect(parseRoute('#/project/12')).toEqual({ view: 'project', projectId: 12 });
    expect(parseRoute('#/anything')).toEqual({ view: 'home' });
    expect(parseRoute(routeToHash({ view: 'project', projectId: 3 }))).toEqual({ view: 'project', projectId: 3 });
  });
});

describe('dateTimeFormatter', () => {
  const moment = new Date(2026, 10, 23, 15, 7).getTime();

  it('writes Uzbek dates day.month.year with the time, as Uzbek documents do', () => {
    expect(dateTimeFormatter('uz-Latn')(moment)).toBe('23.11.2026, 15:07');
  });

  it('uses the platform formats for English and Russian', () => {
    for (const locale of ['en', 'ru'] as const) {
      const text = dateTimeFormatter(locale)(moment);
      expect(text).toContain('2026');
      expect(text).toMatch(/15:07|3:07/);
      expect(text).not.toMatch(/M11/);
    }
  });
});
