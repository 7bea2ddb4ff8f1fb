/** DOCX parts pass the shared XML guards (shared/xml/safeXml.ts) before anything reads them. */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../shared/import/errors';
import { extractDocx } from '../../../shared/import/extractDocx';
import { importDocument } from '../../../shared/import/importDocument';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const documentXml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

function refusal(bytes: Uint8Array, name = 'hostile.docx'): ImportError {
  try {
    importDocument(bytes, name);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('the hostile document was read');
}

describe('hostile DOCX', () => {
  it('refuses an entity reference that only a DTD could define (external entity, XXE)', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8(documentXml(paragraph('Salom &xxe; dunyo'))) });
    const error = refusal(bytes);
    expect(error.problem).toBe('malformed');
    expect(error.message).toMatch(/^"hostile\.docx": the document's word\/document\.xml was refused as unsafe or damaged XML \(Line 1: The entity reference &xxe; is not allowed/);
  });

  it('refuses a declaration smuggled into the title part', () => {
    const bytes = zipSync({
      'word/document.xml': strToU8(documentXml(paragraph('Oʻzbekiston'))),
      'docProps/core.xml': strToU8('<?xml version="1.0"?>\n<cp:coreProperties xmlns:cp="x" xmlns:dc="y">\n<dc:title>&title;</dc:title></cp:coreProperties>'),
    });
    expect(refusal(bytes).message).toMatch(/docProps\/core\.xml was refused as unsafe or damaged XML \(Line 3: The entity reference &title;/);
  });

  it('refuses markup declarations outside a DOCTYPE and stray ampersands, naming the line', () => {
    const declaration = zipSync({ 'word/document.xml': strToU8(`<?xml version="1.0"?>\n\n<!ELEMENT w:t ANY>${documentXml(paragraph('a'))}`) });
    expect(refusal(declaration).message).toMatch(/contains a DOCTYPE or ENTITY declaration|Line 3: Markup declarations/);
    const ampersand = zipSync({ 'word/document.xml': strToU8(documentXml(`\n${paragraph('Tom & Jerry')}`)) });
    expect(refusal(ampersand).message).toMatch(/\(Line 2: A "&" that does not start a reference/);
  });

  it('still reads the five XML entities and character references in a real document', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8(documentXml(paragraph('A &amp; B &lt;C&gt; &#1178;&#x430;&quot;&apos;'))) });
    expect(extractDocx(bytes).text).toBe('A & B <C> Қа"\'');
  });
});
