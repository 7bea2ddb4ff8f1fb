// Real-reader checks of SRX against OmegaT (Debian's omegat package): our files are valid against the
// LISA SRX 2.0 schema OmegaT ships (xmllint --schema), and OmegaT's own default rules read and apply.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSrx } from '../../../shared/srx/readSrx';
import { writeSrx } from '../../../shared/srx/writeSrx';
import { segmentText } from '../../../shared/text/segment';
import { readSeed } from '../text/seeds';
import { need, type Tool } from '../tmx/realReaders';
import { needXmllint } from '../tmx/xmllint';

const JAR = '/usr/share/omegat/OmegaT.jar';
const omegatJar: Tool = { command: existsSync(JAR) && spawnSync('unzip', ['-v'], { encoding: 'utf8' }).status === 0 ? JAR : undefined, debianPackage: 'omegat' };
const fromJar = (path: string): string => spawnSync('unzip', ['-p', JAR, path], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }).stdout;
const dir = mkdtempSync(join(tmpdir(), 'qiyos-srx-omegat-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SRX and OmegaT', () => {
  it('our SRX is valid against the SRX 2.0 schema OmegaT uses (xmllint --schema)', (ctx) => {
    if (!need(omegatJar) || !needXmllint()) return ctx.skip();
    // The schema imports xml.xsd from the web; the copy in the jar is used instead (no network).
    writeFileSync(join(dir, 'xml.xsd'), fromJar('schemas/xml.xsd'));
    writeFileSync(join(dir, 'srx20.xsd'), fromJar('schemas/srx20.xsd').replace('http://www.w3.org/2001/xml.xsd', 'xml.xsd'));
    const rules = { 'uz-Cyrl': { abbreviations: ['тел'], rules: [{ break: true, before: 'ўсиб бормоқда,', after: '\\s' }] }, en: { abbreviations: ['approx'], rules: [] } };
    for (const [name, srx] of [['project.srx', writeSrx(rules)], ['empty.srx', writeSrx({})], ['own.srx', writeSrx(rules, { projectOnly: true })]] as const) {
      writeFileSync(join(dir, name), srx);
      const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(dir, 'srx20.xsd'), join(dir, name)], { encoding: 'utf8' });
      expect(r.stderr).toBe(`${join(dir, name)} validates\n`);
      expect(r.status).toBe(0);
    }
  });

  it('reads OmegaT’s default rules (Java regular expressions) and segments with them', (ctx) => {
    if (!need(omegatJar)) return ctx.skip();
    const { rules, unusedLanguageRules } = readSrx(fromJar('org/omegat/core/segmentation/defaultRules.srx'));
    expect(unusedLanguageRules).toContain('Japanese');
    // "(?i)e\.g\." and escaped quotes are Java; they come back as JavaScript with the same meaning.
    expect(rules.en!.rules).toContainEqual({ break: false, before: '[eE]\\.[gG]\\.', after: '\\s' });
    expect(rules.ru!.rules).toContainEqual({ break: false, before: '[тТ]\\.[еЕ]\\.', after: '\\s' });
    const en = segmentText(readSeed('002'), 'en', rules).map((s) => s.text);
    expect(en).toContain('To promote these projects, it has been proposed to launch a joint investment platform," the statement reads.');
    const ru = segmentText('Стороны обсудили торговлю, т.е. поставки зерна. Переговоры прошли в Ташкенте.', 'ru', rules).map((s) => s.text);
    expect(ru).toEqual(['Стороны обсудили торговлю, т.е. поставки зерна.', 'Переговоры прошли в Ташкенте.']);
  });
});
