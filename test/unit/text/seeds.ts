/** Reads the seed documents and the gold segmentation from test/fixtures. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export const SEED_FILES = {
  '000': '000_b7c3d78e2906be7b.txt',
  '001': '001_3aea3366a85cbd5f.txt',
  '002': '002_35fe524f1063af29.txt',
  '003': '003_cd7b60f6df8fe946.txt',
  '004': '004_8d4c2919e6989640.txt',
} as const;

export type SeedId = keyof typeof SEED_FILES;

/** The language each seed is written in (the main text, not its captions). */
export const SEED_LANGS: Record<SeedId, 'uz-Cyrl' | 'uz-Latn' | 'ru' | 'en'> = {
  '000': 'uz-Cyrl',
  '001': 'ru',
  '002': 'en',
  '003': 'en',
  '004': 'uz-Latn',
};

export function readSeed(id: SeedId): string {
  return readFileSync(fixtures + SEED_FILES[id], 'utf8');
}

interface Gold {
  src: { lang: string; file: string; sentences: string[] };
  tgt: { lang: string; file: string; sentences: string[] };
}

export function readGold(): Gold {
  return JSON.parse(readFileSync(fixtures + 'seed-000-uzCyrl__002-en.json', 'utf8')) as Gold;
}

/** The first line of seed 000 that is not the caption: a real Russian photo caption inside the Uzbek article. */
export const RUSSIAN_CAPTION =
  'Официальные мероприятия государственного визита президента Казахстана начались в резиденции "Куксарой"';
