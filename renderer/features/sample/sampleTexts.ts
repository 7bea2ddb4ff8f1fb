/** The sample project's two texts (seeds 000 and 002 of the test fixtures), bundled as raw text. */
import uzCyrl from './texts/000_uz-Cyrl_sputnik.txt?raw';
import en from './texts/002_en_xinhua.txt?raw';

export interface SampleText {
  fileName: string;
  text: string;
  titleKey: 'uzTitle' | 'enTitle';
}

export const SAMPLE_TEXTS: readonly SampleText[] = [
  { fileName: '000_uz-Cyrl_sputnik.txt', text: uzCyrl, titleKey: 'uzTitle' },
  { fileName: '002_en_xinhua.txt', text: en, titleKey: 'enTitle' },
];
