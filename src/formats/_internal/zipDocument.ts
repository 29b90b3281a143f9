import type { TargetDateOptions } from '../../dates/parseTargetDate.js';
import type { ActionPlan } from '../../model/ActionPlan.js';
import type { ReadResult } from '../../model/Issue.js';
import type { ImportIssue } from '../document/issues.js';
import { readerOptions } from '../document/readerOptions.js';
import { recognise } from '../document/recognise.js';
import type { TableModel } from '../document/TableModel.js';
import { bytesOf } from './bytes.js';
import { attributeOf, readXml, xmlText, type XmlHandler } from './xml.js';
import type { LimitReached } from './xmlTableModel.js';
import { isZip, readZipDirectory, readZipEntry, type ZipEntry } from './zip.js';
import { documentIssue, type DocumentIssue, type DocumentKind } from './zipDocumentIssues.js';

// Opening a Word or OpenDocument file: telling what the bytes are, reading the ZIP directory, and
// reading the XML parts within one budget of inflated bytes.

/** How many bytes the parts read from one document may inflate to, in all. */
export const MAX_INFLATED: number = 64 * 1024 * 1024;
/** How large the file itself may be. */
export const MAX_FILE: number = 64 * 1024 * 1024;

/** An opened document: reads its XML parts, each within what is left of the budget. */
export interface OpenedDocument {
  /** The main part: `word/document.xml` (or where the package puts it), or `content.xml`. */
  readonly main: string;
  /** Whether the archive has a part. */
  has(part: string): boolean;
  /** Reads a part and hands its XML to the handler; an issue when it cannot. */
  readXml(part: string, handler: XmlHandler): DocumentIssue | undefined;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** Whether a name written in UTF-16 (as a compound file's directory writes it) is in the bytes. */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  const end = bytes.length - name.length * 2;
  outer: for (let at = 0; at <= end; at += 1) {
    if (bytes[at] !== first || bytes[at + 1] !== 0) continue;
    for (let k = 1; k < name.length; k += 1) {
      if (bytes[at + 2 * k] !== name.charCodeAt(k) || bytes[at + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** A document's table model and what opening it reported, or the issues that stopped it. */
export type DocumentTableModel =
  { ok: true; model: TableModel; issues: DocumentIssue[] } | { ok: false; issues: DocumentIssue[] };

/**
 * What `fromDocx` and `fromOdt` do once they know their table model: the bytes and the options
 * checked (misuse throws, naming the reader), the document opened into its table model, and the
 * recogniser run on it; the document's own issues come before the recogniser's.
 */
export function readDocument(
  reader: string,
  bytes: unknown,
  options: { readonly targetDates?: TargetDateOptions; readonly title?: string } | undefined,
  tableModel: (bytes: Uint8Array) => DocumentTableModel,
): ReadResult<ActionPlan, ImportIssue | DocumentIssue> {
  const input = bytesOf(bytes);
  if (input === undefined) {
    throw new TypeError(
      `${reader} expects the file's bytes as a Uint8Array or an ArrayBuffer, received ${typeof bytes}`,
    );
  }
  const recogniserOptions = readerOptions(reader, options);
  const read = tableModel(input);
  if (!read.ok) return { ok: false, issues: read.issues, locate: () => undefined };
  const result = recognise(read.model, recogniserOptions);
  const issues: (ImportIssue | DocumentIssue)[] = [...read.issues, ...result.issues];
  return { ...result, issues } as ReadResult<ActionPlan, ImportIssue | DocumentIssue>;
}

/** Opens a document as the reader `expected` reads it, or gives the issues that stop it. */
export function openDocument(
  bytes: Uint8Array,
  expected: 'docx' | 'odt',
): { ok: true; document: OpenedDocument } | { ok: false; issues: DocumentIssue[] } {
  const fail = (issue: DocumentIssue): { ok: false; issues: DocumentIssue[] } => ({ ok: false, issues: [issue] });
  const not = (found: DocumentKind, detail = ''): { ok: false; issues: DocumentIssue[] } =>
    fail(documentIssue('document.not_a_document', [], { found, expected, detail }));
  const damaged = (part: string, detail: string, at?: { line: number; column: number }): DocumentIssue =>
    documentIssue(
      'document.damaged',
      [],
      at === undefined ? { part, detail } : { part, detail, xmlLine: at.line, xmlColumn: at.column },
    );

  if (startsWith(bytes, OLE)) {
    // A compound file: an encrypted Office document keeps its package in an "EncryptedPackage" stream.
    if (hasUtf16Name(bytes, 'EncryptedPackage') || hasUtf16Name(bytes, 'EncryptionInfo')) {
      return fail(documentIssue('document.password_protected', [], { expected }));
    }
    if (hasUtf16Name(bytes, 'WordDocument')) return not('doc');
    return not('other', 'it is an OLE compound file (an old Office format), not a ZIP archive');
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return not('pdf');
  if (!isZip(bytes)) {
    return not(
      'other',
      bytes.length === 0
        ? 'the file is empty'
        : startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])
          ? 'it is an RTF document'
          : 'it is not a ZIP archive, as Word and OpenDocument files are',
    );
  }
  if (bytes.length > MAX_FILE) {
    return fail(
      documentIssue('document.too_large', [], { detail: `the file has ${bytes.length} bytes, more than ${MAX_FILE}` }),
    );
  }
  const directory = readZipDirectory(bytes);
  if (!directory.ok) return fail(damaged('', directory.detail));
  const entries = directory.entries;
  let budget = MAX_INFLATED;

  const read = (part: string): { ok: true; text: string } | { ok: false; issue: DocumentIssue } => {
    const entry = entries.get(part) as ZipEntry | undefined;
    if (entry === undefined) return { ok: false, issue: damaged(part, 'the part is missing') };
    if (entry.encrypted) return { ok: false, issue: documentIssue('document.password_protected', [], { expected }) };
    const result = readZipEntry(bytes, entry, budget);
    if (!result.ok) {
      return {
        ok: false,
        issue: result.limit
          ? documentIssue('document.too_large', [], { detail: result.detail })
          : damaged(part, result.detail.replace(`the ZIP entry ${part} `, 'the part ')),
      };
    }
    budget -= result.bytes.length;
    return { ok: true, text: xmlText(result.bytes) };
  };
  const readPart = (part: string, handler: XmlHandler): DocumentIssue | undefined => {
    const text = read(part);
    if (!text.ok) return text.issue;
    let error;
    try {
      error = readXml(text.text, handler);
    } catch (thrown) {
      // A handler stops reading by throwing a limit; anything else is the handler's own failure.
      if (thrown instanceof RangeError) return documentIssue('document.too_large', [], { detail: thrown.message });
      throw thrown;
    }
    return error === undefined ? undefined : damaged(part, error.detail, error);
  };

  // What the archive holds: an OpenDocument file names its media type first; a Word document
  // names its main part in _rels/.rels.
  let kind: DocumentKind = 'zip';
  let detail = '';
  let main = '';
  const mimetype = entries.get('mimetype');
  if (mimetype !== undefined && mimetype.size < 200) {
    const type = read('mimetype');
    const media = type.ok ? type.text.trim() : '';
    if (/^application\/vnd\.oasis\.opendocument\.text(?:-template|-master)?$/.test(media)) {
      kind = 'odt';
      main = 'content.xml';
    } else if (media.startsWith('application/vnd.oasis.opendocument.')) {
      kind = 'odf';
      detail = media;
    }
  }
  if (kind === 'zip' && entries.has('[Content_Types].xml')) {
    let target = '';
    if (entries.has('_rels/.rels')) {
      readPart('_rels/.rels', {
        open(name, attributes) {
          if (target === '' && /(?:^|:)Relationship$/.test(name)) {
            const type = attributeOf(attributes, 'Type') ?? '';
            if (/\/officeDocument$/.test(type)) target = (attributeOf(attributes, 'Target') ?? '').replace(/^\//, '');
          }
        },
        close() {},
        text() {},
      });
    }
    if (target === '' && entries.has('word/document.xml')) target = 'word/document.xml';
    if (target.startsWith('word/') || (target !== '' && entries.has(target) && !/^(?:xl|ppt)\//.test(target))) {
      kind = 'docx';
      main = target;
    } else if (target !== '') {
      kind = 'ooxml';
      detail = target.startsWith('xl/')
        ? 'an Excel workbook'
        : target.startsWith('ppt/')
          ? 'a PowerPoint presentation'
          : target;
    }
  }
  if (kind === 'zip' && entries.has('content.xml') && entries.has('META-INF/manifest.xml')) {
    kind = 'odt';
    main = 'content.xml';
  }
  if (kind === 'odt' && entries.has('META-INF/manifest.xml')) {
    let encrypted = false;
    const issue = readPart('META-INF/manifest.xml', {
      open(name) {
        if (/(?:^|:)encryption-data$/.test(name)) encrypted = true;
      },
      close() {},
      text() {},
    });
    if (encrypted) return fail(documentIssue('document.password_protected', [], { expected }));
    if (issue !== undefined) return fail(issue);
  }
  if (kind !== expected) return not(kind, detail);
  return {
    ok: true,
    document: { main, has: (part) => entries.has(part), readXml: readPart },
  };
}

/** The tracked changes a reader met: how many of each, and the line of the first. */
export interface TrackedChanges {
  insertions: number;
  deletions: number;
  line: number | undefined;
}

/** The issues a read that went through reports: what the limits cut short, and the tracked changes pending. */
export function finishedIssues(limits: readonly LimitReached[], changes: TrackedChanges): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  if (changes.insertions > 0 || changes.deletions > 0) {
    const params = { insertions: changes.insertions, deletions: changes.deletions };
    issues.push(
      changes.line === undefined || changes.line === 0
        ? documentIssue('document.tracked_changes', [], params)
        : documentIssue('document.tracked_changes', [], params, { line: changes.line }),
    );
  }
  for (const { what, line } of limits) {
    issues.push(documentIssue('document.limit_reached', [], { what, line }, { line: Math.max(1, line) }));
  }
  return issues;
}
