import type { TmxInput } from '../../../shared/tmx/types';

/** What the user picks in the export dialog. */
export interface ExportChoices {
  /** 'all': every column, multilingual (only offered with more than two); 'pair': the two columns below. */
  scope: 'all' | 'pair';
  /** Column indices of the pair: source (srclang) first, then target. */
  pair: [number, number];
  includeUnpaired: boolean;
  confirmedOnly: boolean;
  regionCodes: boolean;
}

export function defaultExportChoices(columnCount: number): ExportChoices {
  return { scope: columnCount > 2 ? 'all' : 'pair', pair: [0, Math.min(1, columnCount - 1)], includeUnpaired: false, confirmedOnly: false, regionCodes: false };
}

/** The writer's options for the choices; throws when the pair names one column twice. */
export function exportOptions(choices: ExportChoices, columnCount: number): NonNullable<TmxInput['options']> {
  const common = { includeUnpaired: choices.includeUnpaired, confirmedOnly: choices.confirmedOnly, regionCodes: choices.regionCodes };
  if (choices.scope === 'all' && columnCount > 2) {
    return { ...common, selectColumns: Array.from({ length: columnCount }, (_, c) => c), sourceColumn: 0 };
  }
  const [source, target] = choices.pair;
  if (source === target) throw new Error('Choose two different columns.');
  return { ...common, selectColumns: [source, target], sourceColumn: source };
}
