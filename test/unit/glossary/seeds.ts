// Test helper: the five seed texts prepared like the app prepares them, and the glossary gold list.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GoldConcept } from '../../../glossary/scoreGlossary';
import { prepareDocument, type PreparedDocument } from '../../../shared/pipeline';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface GlossaryGold {
  seeds: Record<string, string>;
  concepts: GoldConcept[];
}

export const gold = JSON.parse(readFileSync(`${root}test/fixtures/glossary-gold.json`, 'utf8')) as GlossaryGold;

/** Seed "000" … "004" read and prepared (language detected, segmented, boilerplate marked). */
export function seed(id: string): PreparedDocument {
  return prepareDocument(readFileSync(`${root}test/fixtures/${gold.seeds[id]}`, 'utf8'));
}
