// Test helper: runs libxml2's xmllint on a document. Missing xmllint skips locally but fails on CI,
// so the well-formedness check can never silently disappear from the pipeline.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let available: boolean | undefined;

export function xmllintAvailable(): boolean {
  available ??= spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;
  return available;
}

/**
 * Call at the start of a test that needs xmllint: returns false (caller should skip) when it is
 * missing locally, throws when it is missing and CI=true.
 */
export function needXmllint(): boolean {
  if (xmllintAvailable()) return true;
  if (process.env.CI === 'true') throw new Error('xmllint is required on CI (install libxml2-utils)');
  return false;
}

/**
 * Our own statement of the TMX 1.4b content models for the elements Qiyos writes (level 1,
 * plain-text segs), used to check element order and required attributes with `--valid`.
 */
export const TMX14_SUBSET_DTD = `
<!ELEMENT tmx (header, body)>
<!ATTLIST tmx version CDATA #FIXED "1.4">
<!ELEMENT header (note|prop|ude)*>
<!ATTLIST header
  creationtool CDATA #REQUIRED
  creationtoolversion CDATA #REQUIRED
  segtype (block|paragraph|sentence|phrase) #REQUIRED
  o-tmf CDATA #REQUIRED
  adminlang CDATA #REQUIRED
  srclang CDATA #REQUIRED
  datatype CDATA #REQUIRED
  o-encoding CDATA #IMPLIED
  creationdate CDATA #IMPLIED
  creationid CDATA #IMPLIED
  changedate CDATA #IMPLIED
  changeid CDATA #IMPLIED>
<!ELEMENT ude (#PCDATA)>
<!ELEMENT body (tu*)>
<!ELEMENT note (#PCDATA)>
<!ELEMENT prop (#PCDATA)>
<!ATTLIST prop type CDATA #REQUIRED xml:lang CDATA #IMPLIED o-encoding CDATA #IMPLIED>
<!ELEMENT tu ((note|prop)*, tuv+)>
<!ATTLIST tu tuid CDATA #IMPLIED srclang CDATA #IMPLIED datatype CDATA #IMPLIED
  segtype (block|paragraph|sentence|phrase) #IMPLIED creationdate CDATA #IMPLIED>
<!ELEMENT tuv ((note|prop)*, seg)>
<!ATTLIST tuv xml:lang CDATA #REQUIRED>
<!ELEMENT seg (#PCDATA)>
`;

/** Runs `xmllint --noout` (plus `--valid` against the subset DTD when `validate`) on `xml`. */
export function runXmllint(xml: string, validate = false): { ok: boolean; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'qiyos-xmllint-'));
  try {
    const file = join(dir, 'out.tmx');
    writeFileSync(file, xml, 'utf8');
    const args = ['--noout', '--nonet'];
    if (validate) {
      // Saved under the name the DOCTYPE refers to, so xmllint resolves the document's own reference.
      writeFileSync(join(dir, 'tmx14.dtd'), TMX14_SUBSET_DTD, 'utf8');
      args.push('--valid');
    }
    const r = spawnSync('xmllint', [...args, file], { encoding: 'utf8' });
    return { ok: r.status === 0, stderr: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs xmllint on a file on disk (well-formedness only). */
export function runXmllintFile(file: string): { ok: boolean; stderr: string } {
  const r = spawnSync('xmllint', ['--noout', '--nonet', file], { encoding: 'utf8' });
  return { ok: r.status === 0, stderr: r.stderr };
}
