import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxTableModel } from '../../../src/formats/docx/_internal/docxTableModel.js';
import { odtTableModel } from '../../../src/formats/odt/_internal/odtTableModel.js';
import { docx, odt, p, tbl, tc, tr } from './documents.js';

const readers = { docx: docxTableModel, odt: odtTableModel } as const;

/** The one issue that stops a read, as code and params. */
function refusal(reader: keyof typeof readers, bytes: Uint8Array): { code: string; params: unknown; message: string } {
  const result = readers[reader](bytes);
  expect(result.ok).toBe(false);
  expect(result.issues).toHaveLength(1);
  const [issue] = result.issues;
  return { code: issue?.code ?? '', params: issue?.params, message: issue?.message ?? '' };
}

/** Sets a 32-bit field of every central directory entry (offset from the entry's signature). */
function patchDirectory(bytes: Uint8Array, name: string, field: number, value: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 46 < out.length; at += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(out.subarray(at + 46, at + 46 + length)) === name)
      view.setUint32(at + field, value, true);
  }
  return out;
}

describe('documents that are not what the reader reads', () => {
  it('names a ZIP archive that is not a Word or OpenDocument file', () => {
    const bytes = zipSync({ 'readme.txt': strToU8('hello') });
    for (const reader of ['docx', 'odt'] as const) {
      expect(refusal(reader, bytes)).toEqual({
        code: 'document.not_a_document',
        params: { found: 'zip', expected: reader, detail: '' },
        message: 'The file is a ZIP archive that is not a Word or OpenDocument file.',
      });
    }
  });

  it('sends a Word document to fromDocx and an OpenDocument text to fromOdt', () => {
    expect(refusal('odt', docx(p('x'))).message).toBe(
      'The file is a Word document (.docx), not an OpenDocument text (.odt): read it with fromDocx.',
    );
    expect(refusal('docx', odt('<text:p>x</text:p>')).message).toBe(
      'The file is an OpenDocument text (.odt), not a Word document (.docx): read it with fromOdt.',
    );
  });

  it('names other OpenDocument and Office files, PDF files and empty files', () => {
    expect(refusal('odt', odt('', 'application/vnd.oasis.opendocument.spreadsheet')).params).toEqual({
      found: 'odf',
      expected: 'odt',
      detail: 'application/vnd.oasis.opendocument.spreadsheet',
    });
    const workbook = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      '_rels/.rels': strToU8(
        '<Relationships><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': strToU8('<workbook/>'),
    });
    expect(refusal('docx', workbook).message).toContain('an Excel workbook');
    expect(refusal('docx', strToU8('%PDF-1.7\n')).params).toEqual({ found: 'pdf', expected: 'docx', detail: '' });
    expect(refusal('docx', new Uint8Array(0)).message).toBe(
      'The file is not a Word document (.docx): the file is empty.',
    );
    expect(refusal('odt', strToU8('ACTION PLAN: text')).code).toBe('document.not_a_document');
  });

  it('says an encrypted Office document is password-protected, and an old .doc what it is', () => {
    const ole = (stream: string): Uint8Array => {
      const bytes = new Uint8Array(2048);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      for (let k = 0; k < stream.length; k += 1) bytes[1024 + 2 * k] = stream.charCodeAt(k);
      return bytes;
    };
    expect(refusal('docx', ole('EncryptedPackage'))).toEqual(
      expect.objectContaining({
        code: 'document.password_protected',
        message: expect.stringMatching(/^The file is a password-protected Word document \(\.docx\)/),
      }),
    );
    expect(refusal('docx', ole('WordDocument')).params).toEqual({ found: 'doc', expected: 'docx', detail: '' });
    const encrypted = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.text'),
      'content.xml': new Uint8Array([1, 2, 3]),
      'META-INF/manifest.xml': strToU8(
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>',
      ),
    });
    expect(refusal('odt', encrypted).code).toBe('document.password_protected');
  });
});

describe('damaged and hostile documents', () => {
  it('reports a ZIP archive cut short, or with its data damaged', () => {
    const bytes = docx(p('text'));
    expect(refusal('docx', bytes.subarray(0, bytes.length - 30))).toEqual(
      expect.objectContaining({ code: 'document.damaged', params: expect.objectContaining({ part: '' }) }),
    );
    const stored = zipSync(
      { '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document xmlns:w="urn:w"/>') },
      { level: 0 },
    );
    const at = new TextDecoder('latin1').decode(stored).indexOf('<w:document');
    const flipped = stored.slice();
    flipped[at + 3] = 0x58;
    expect(refusal('docx', flipped)).toEqual(
      expect.objectContaining({ code: 'document.damaged', message: expect.stringContaining('checksum') }),
    );
  });

  it('reports XML that is not well-formed with its line and column, and entities XML does not define', () => {
    const broken = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8('<w:document>\n  <w:body>\n</w:document>'),
    });
    expect(refusal('docx', broken).params).toEqual({
      part: 'word/document.xml',
      detail: 'the end tag </w:document> closes <w:body>',
      xmlLine: 3,
      xmlColumn: 1,
    });
    expect(refusal('odt', odt('<text:p>&nbsp;</text:p>')).message).toContain('"&nbsp;" is not one of XML\'s five');
  });

  it('stops a ZIP bomb: an entry that declares too much, inflates out of proportion, or lies about its size', () => {
    const zeros = new Uint8Array(20 * 1024 * 1024);
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': zeros });
    expect(refusal('docx', bomb)).toEqual(
      expect.objectContaining({ code: 'document.too_large', message: expect.stringContaining('ZIP bomb') }),
    );
    const huge = patchDirectory(docx(p('x')), 'word/document.xml', 24, 0x7fffffff);
    expect(refusal('docx', huge).code).toBe('document.too_large');
    const liar = patchDirectory(docx(p('some text that takes room')), 'word/document.xml', 24, 10);
    expect(refusal('docx', liar)).toEqual(
      expect.objectContaining({
        code: 'document.damaged',
        message: expect.stringContaining('more bytes than it declares'),
      }),
    );
  });

  it('reads a 50 MB document', () => {
    const words = ['owner', 'review', 'March', 'target', 'probation', 'plan', 'action', 'response'];
    const rows: string[] = [];
    let size = 0;
    for (let n = 0; size < 50 * 1024 * 1024; n += 1) {
      const row = tr(
        tc(p(String(n))) +
          tc(p(`${words[n % 8]} ${n * 7919} ${words[(n * 3) % 8]} ${(n * 104729) % 99991}`)) +
          tc(p(`${n % 28} March 2026`)),
      );
      rows.push(row);
      size += row.length;
    }
    const result = docxTableModel(docx(tbl(rows.join(''))));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const table = result.model.items[0];
    expect(table?.type === 'table' && table.rows.length).toBe(rows.length);
  }, 300_000);
});
