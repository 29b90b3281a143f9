import { namespaces, type XmlAttributes, type XmlHandler } from '../../_internal/xml.js';
import {
  finishedIssues,
  openDocument,
  type DocumentTableModel,
  type TrackedChanges,
} from '../../_internal/zipDocument.js';
import {
  MAX_COLUMNS,
  tableModelBuilder,
  type CellProperties,
  type ParagraphKind,
  type RowProperties,
} from '../../_internal/xmlTableModel.js';

const KNOWN: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
};

/**
 * The elements the reader looks for, as the numbers its handler switches on: the handler meets
 * every element of the document, and a switch over numbers is one jump where a switch over some
 * forty names is a row of string comparisons.
 */
const enum Element {
  Other,
  Fallback,
  Br,
  CellDel,
  CellIns,
  Cr,
  Del,
  DelInstrText,
  DelText,
  FldChar,
  GridBefore,
  GridSpan,
  Ilvl,
  Ins,
  InstrText,
  LastRenderedPageBreak,
  MoveFrom,
  MoveTo,
  NoBreakHyphen,
  NumberingChange,
  NumId,
  OutlineLvl,
  P,
  PageBreakBefore,
  PPr,
  PPrChange,
  PStyle,
  R,
  RPrChange,
  SdtEndPr,
  SdtPr,
  SectPrChange,
  T,
  Tab,
  Tbl,
  TblHeader,
  TblPrChange,
  Tc,
  TcPr,
  TcPrChange,
  Tr,
  TrPr,
  TrPrChange,
  VMerge,
}

/** The elements by name. */
const ELEMENTS: ReadonlyMap<string, Element> = new Map([
  ['mc:Fallback', Element.Fallback],
  ['w:br', Element.Br],
  ['w:cellDel', Element.CellDel],
  ['w:cellIns', Element.CellIns],
  ['w:cr', Element.Cr],
  ['w:del', Element.Del],
  ['w:delInstrText', Element.DelInstrText],
  ['w:delText', Element.DelText],
  ['w:fldChar', Element.FldChar],
  ['w:gridBefore', Element.GridBefore],
  ['w:gridSpan', Element.GridSpan],
  ['w:ilvl', Element.Ilvl],
  ['w:ins', Element.Ins],
  ['w:instrText', Element.InstrText],
  ['w:lastRenderedPageBreak', Element.LastRenderedPageBreak],
  ['w:moveFrom', Element.MoveFrom],
  ['w:moveTo', Element.MoveTo],
  ['w:noBreakHyphen', Element.NoBreakHyphen],
  ['w:numberingChange', Element.NumberingChange],
  ['w:numId', Element.NumId],
  ['w:outlineLvl', Element.OutlineLvl],
  ['w:p', Element.P],
  ['w:pageBreakBefore', Element.PageBreakBefore],
  ['w:pPr', Element.PPr],
  ['w:pPrChange', Element.PPrChange],
  ['w:pStyle', Element.PStyle],
  ['w:r', Element.R],
  ['w:rPrChange', Element.RPrChange],
  ['w:sdtEndPr', Element.SdtEndPr],
  ['w:sdtPr', Element.SdtPr],
  ['w:sectPrChange', Element.SectPrChange],
  ['w:t', Element.T],
  ['w:tab', Element.Tab],
  ['w:tbl', Element.Tbl],
  ['w:tblHeader', Element.TblHeader],
  ['w:tblPrChange', Element.TblPrChange],
  ['w:tc', Element.Tc],
  ['w:tcPr', Element.TcPr],
  ['w:tcPrChange', Element.TcPrChange],
  ['w:tr', Element.Tr],
  ['w:trPr', Element.TrPr],
  ['w:trPrChange', Element.TrPrChange],
  ['w:vMerge', Element.VMerge],
]);

/** The kind of most paragraphs: not a list item, not a heading. */
const PLAIN: ParagraphKind = {};
/** The kind of an item of a list without numbers. */
const BULLET: ParagraphKind = { list: true };

/** A paragraph style: its heading level and its list numbering, with the style it is based on. */
interface Style {
  name: string;
  basedOn: string | undefined;
  outline: number | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
}

/** A level of a list: its first number, its number format and its text ("%1."). */
interface Level {
  start: number;
  format: string;
  text: string;
}

/** Whether an on/off property is on: present, and not switched off by its value. */
const on = (val: string | undefined): boolean => val === undefined || !/^(?:0|false|off)$/i.test(val);

const int = (value: string | undefined, fallback: number): number => {
  const n = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
};

const ROMAN: readonly [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** A list number in a level's format. */
function formatNumber(n: number, format: string): string {
  if (format === 'lowerLetter' || format === 'upperLetter') {
    let text = '';
    for (let k = Math.max(1, n); k > 0; k = Math.floor((k - 1) / 26))
      text = String.fromCharCode(97 + ((k - 1) % 26)) + text;
    return format === 'upperLetter' ? text.toUpperCase() : text;
  }
  if ((format === 'lowerRoman' || format === 'upperRoman') && n > 0 && n < 4000) {
    let text = '';
    let k = n;
    for (const [value, digits] of ROMAN) for (; k >= value; k -= value) text += digits;
    return format === 'upperRoman' ? text.toUpperCase() : text;
  }
  return String(n);
}

/** The handler of a part that only reads elements' attributes, with their names resolved. */
function attributesOnly(
  open: (name: string, attr: (n: string) => string | undefined) => void,
  close?: (name: string) => void,
): XmlHandler {
  const ns = namespaces(KNOWN);

  return {
    open(name, attributes) {
      ns.enter(attributes);
      open(ns.name(name), (wanted) => ns.attribute(attributes, wanted));
    },
    close(name) {
      close?.(ns.name(name));
      ns.leave();
    },
    text() {},
  };
}

/** Reads the table model of a Word document, or the issues that stop it. */
export function docxTableModel(bytes: Uint8Array): DocumentTableModel {
  const opened = openDocument(bytes, 'docx');
  if (!opened.ok) return opened;
  const document = opened.document;
  const folder = document.main.includes('/') ? document.main.slice(0, document.main.lastIndexOf('/') + 1) : '';

  // Paragraph styles: headings and list styles.
  const styles = new Map<string, Style>();
  if (document.has(`${folder}styles.xml`)) {
    let style: Style | undefined;
    const issue = document.readXml(
      `${folder}styles.xml`,
      attributesOnly(
        (name, attr) => {
          if (name === 'w:style') {
            const id = attr('w:styleId');
            style = { name: '', basedOn: undefined, outline: undefined, numId: undefined, ilvl: undefined };
            if (attr('w:type') === 'paragraph' && id !== undefined && !styles.has(id)) styles.set(id, style);
          } else if (style !== undefined) {
            const val = attr('w:val');
            if (name === 'w:name') style.name = val ?? '';
            else if (name === 'w:basedOn') style.basedOn = val;
            else if (name === 'w:outlineLvl') style.outline = int(val, 9);
            else if (name === 'w:numId') style.numId = val;
            else if (name === 'w:ilvl') style.ilvl = int(val, 0);
          }
        },
        (name) => {
          if (name === 'w:style') style = undefined;
        },
      ),
    );
    if (issue !== undefined) return { ok: false, issues: [issue] };
  }
  /** A style's value of a property, looked up the chain of styles it is based on (at most 20 deep). */
  const inherited = <K extends keyof Style>(id: string | undefined, key: K): Style[K] | undefined => {
    let at = id;
    for (let k = 0; k < 20 && at !== undefined; k += 1) {
      const style = styles.get(at);
      if (style === undefined) return undefined;
      if (style[key] !== undefined) return style[key];
      at = style.basedOn;
    }
    return undefined;
  };

  // List numbering.
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  if (document.has(`${folder}numbering.xml`)) {
    let levels: Map<number, Level> | undefined;
    let level: Level | undefined;
    let num: { abstract: string; starts: Map<number, number> } | undefined;
    let override = -1;
    const issue = document.readXml(
      `${folder}numbering.xml`,
      attributesOnly(
        (name, attr) => {
          const val = attr('w:val');
          if (name === 'w:abstractNum') {
            levels = new Map();
            const id = attr('w:abstractNumId');
            if (id !== undefined && !abstracts.has(id)) abstracts.set(id, levels);
          } else if (name === 'w:num') {
            num = { abstract: '', starts: new Map() };
            const id = attr('w:numId');
            if (id !== undefined && !nums.has(id)) nums.set(id, num);
          } else if (name === 'w:lvl' && levels !== undefined) {
            level = { start: 1, format: 'decimal', text: '' };
            levels.set(int(attr('w:ilvl'), 0), level);
          } else if (name === 'w:lvlOverride' && num !== undefined) {
            override = int(attr('w:ilvl'), 0);
          } else if (name === 'w:startOverride' && num !== undefined && override >= 0) {
            num.starts.set(override, int(val, 1));
          } else if (name === 'w:abstractNumId' && num !== undefined) {
            num.abstract = val ?? '';
          } else if (level !== undefined && override < 0) {
            if (name === 'w:start') level.start = int(val, 1);
            else if (name === 'w:numFmt') level.format = val ?? 'decimal';
            else if (name === 'w:lvlText') level.text = val ?? '';
          }
        },
        (name) => {
          if (name === 'w:abstractNum') levels = undefined;
          else if (name === 'w:lvl') level = undefined;
          else if (name === 'w:num') num = undefined;
          else if (name === 'w:lvlOverride') override = -1;
        },
      ),
    );
    if (issue !== undefined) return { ok: false, issues: [issue] };
  }
  const counters = new Map<string, number[]>();
  /** The list number of a paragraph of a list ("1.", "a)"), counting it; `''` for a bullet. */
  const numberOf = (numId: string, ilvl: number): string => {
    const num = nums.get(numId);
    const levels = num === undefined ? undefined : abstracts.get(num.abstract);
    const level = levels?.get(ilvl);
    if (num === undefined || levels === undefined || level === undefined || ilvl < 0 || ilvl > 8) return '';
    let counts = counters.get(numId);
    if (counts === undefined) counters.set(numId, (counts = []));
    const start = (k: number): number => num.starts.get(k) ?? levels.get(k)?.start ?? 1;
    counts[ilvl] = (counts[ilvl] ?? start(ilvl) - 1) + 1;
    counts.length = ilvl + 1;
    if (level.format === 'bullet' || level.format === 'none') return '';
    return level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      return formatNumber(counts[k] ?? start(k), levels.get(k)?.format ?? 'decimal');
    });
  };

  // The document.
  const builder = tableModelBuilder();
  const ns = namespaces(KNOWN, [...ELEMENTS.keys()]);
  const names: string[] = [];
  const changes: TrackedChanges = { insertions: 0, deletions: 0, line: undefined };
  const change = (kind: 'insertions' | 'deletions'): void => {
    changes[kind] += 1;
    changes.line ??= builder.line;
  };
  /** The paragraphs open (a text box's paragraphs stand inside another), with their properties. */
  const paragraphs: {
    style: string | undefined;
    numId: string | undefined;
    ilvl: number | undefined;
    outline: number | undefined;
    opened: boolean;
  }[] = [];
  const ensureOpen = (): void => {
    const p = paragraphs[paragraphs.length - 1];
    if (p === undefined || p.opened) return;
    p.opened = true;
    const numId = p.numId ?? inherited(p.style, 'numId');
    const ilvl = p.ilvl ?? inherited(p.style, 'ilvl') ?? 0;
    const list = numId !== undefined && numId !== '0' && nums.has(numId);
    const name = p.style === undefined ? '' : (styles.get(p.style)?.name ?? '');
    const heading = name === '' ? null : /^heading ([1-9])$/i.exec(name);
    const outline = heading !== null ? Number(heading[1]) - 1 : (p.outline ?? inherited(p.style, 'outline'));
    const level = outline !== undefined && outline >= 0 && outline < 9 ? Math.min(6, outline + 1) : undefined;
    const label = list ? numberOf(numId, ilvl) : '';
    builder.openParagraph(
      level === undefined && label === ''
        ? list
          ? BULLET
          : PLAIN
        : {
            ...(list ? { list: true } : {}),
            ...(level === undefined ? {} : { heading: level }),
            ...(label === '' ? {} : { label }),
          },
    );
  };
  let row: RowProperties | undefined;
  let cell: CellProperties | undefined;
  let skip = 0;
  let inText = false;
  const fields: ('instruction' | 'result')[] = [];
  const isProperties = (parent: string | undefined): boolean =>
    parent !== undefined && /Pr(?:Ex|Change)?$/.test(parent);

  /** The attributes of the element starting, and the value of its `w:val`. */
  let current: XmlAttributes | undefined;
  const val = (): string | undefined => (current === undefined ? undefined : ns.attribute(current, 'w:val'));

  const handler: XmlHandler = {
    open(qualified, attributes) {
      ns.enter(attributes);
      const name = ns.name(qualified);
      const parent = names[names.length - 1];
      names.push(name);
      if (skip > 0) {
        skip += 1;
        return;
      }
      current = attributes;
      const paragraph = paragraphs[paragraphs.length - 1];
      if (paragraph !== undefined && !paragraph.opened && parent === 'w:p' && name !== 'w:pPr') ensureOpen();
      switch (ELEMENTS.get(name)) {
        case Element.P:
          // Every property written at once, so that all paragraphs share one shape.
          paragraphs.push({ style: undefined, numId: undefined, ilvl: undefined, outline: undefined, opened: false });
          return;
        case Element.PStyle:
          if (parent === 'w:pPr' && paragraph !== undefined) paragraph.style = val();
          return;
        case Element.Ilvl:
          if (paragraph !== undefined && !paragraph.opened) paragraph.ilvl = int(val(), 0);
          return;
        case Element.NumId:
          if (paragraph !== undefined && !paragraph.opened) paragraph.numId = val();
          return;
        case Element.OutlineLvl:
          if (parent === 'w:pPr' && paragraph !== undefined) paragraph.outline = int(val(), 9);
          return;
        case Element.PageBreakBefore:
          if (parent === 'w:pPr' && on(val())) builder.pageBreak();
          return;
        case Element.Tbl:
          builder.openTable();
          return;
        case Element.Tr:
          row = builder.openRow();
          return;
        case Element.TblHeader:
          if (row !== undefined && parent === 'w:trPr') row.header = on(val());
          return;
        case Element.GridBefore:
          if (parent === 'w:trPr') builder.skipColumns(Math.min(MAX_COLUMNS, int(val(), 0)));
          return;
        case Element.Tc:
          cell = builder.openCell();
          return;
        case Element.GridSpan:
          if (cell !== undefined && parent === 'w:tcPr') cell.span = Math.min(MAX_COLUMNS, Math.max(1, int(val(), 1)));
          return;
        case Element.VMerge:
          if (cell !== undefined && parent === 'w:tcPr') cell.merge = val() === 'restart' ? 'restart' : 'continue';
          return;
        case Element.Ins:
        case Element.MoveTo:
        case Element.CellIns:
          change('insertions');
          return;
        case Element.Del:
        case Element.MoveFrom:
          change('deletions');
          if (parent === 'w:trPr' && row !== undefined) row.deleted = true;
          else if (!isProperties(parent)) skip = 1;
          return;
        case Element.CellDel:
          change('deletions');
          return;
        case Element.PPrChange:
        case Element.RPrChange:
        case Element.TblPrChange:
        case Element.TrPrChange:
        case Element.TcPrChange:
        case Element.SectPrChange:
        case Element.NumberingChange:
        case Element.SdtPr:
        case Element.SdtEndPr:
        case Element.InstrText:
        case Element.DelText:
        case Element.DelInstrText:
        case Element.Fallback:
          // Former properties, a content control's settings, field codes, deleted text, and the
          // second copy of content that older programs show: none of it prints.
          skip = 1;
          return;
        case Element.FldChar: {
          const type = ns.attribute(attributes, 'w:fldCharType');
          if (type === 'begin') fields.push('instruction');
          else if (type === 'separate' && fields.length > 0) fields[fields.length - 1] = 'result';
          else if (type === 'end') fields.pop();
          return;
        }
        case Element.T:
          inText = true;
          return;
        case Element.Tab:
          if (parent === 'w:r' && fields[fields.length - 1] !== 'instruction') builder.text('\t');
          return;
        case Element.Br: {
          if (parent !== 'w:r' || fields[fields.length - 1] === 'instruction') return;
          const type = ns.attribute(attributes, 'w:type');
          if (type === 'page') builder.pageBreak();
          else if (type !== 'column') builder.lineBreak();
          return;
        }
        case Element.Cr:
          if (parent === 'w:r') builder.lineBreak();
          return;
        case Element.NoBreakHyphen:
          if (parent === 'w:r') builder.text('-');
          return;
        case Element.LastRenderedPageBreak:
          builder.pageBreak();
          return;
        default:
          return;
      }
    },
    close(qualified) {
      const name = names.pop();
      ns.leave();
      void qualified;
      if (skip > 0) {
        skip -= 1;
        return;
      }
      switch (name === undefined ? Element.Other : ELEMENTS.get(name)) {
        case Element.P:
          ensureOpen();
          builder.closeParagraph();
          paragraphs.pop();
          return;
        case Element.PPr:
          ensureOpen();
          return;
        case Element.T:
          inText = false;
          return;
        case Element.Tc:
          builder.closeCell();
          cell = undefined;
          return;
        case Element.Tr:
          builder.closeRow();
          row = undefined;
          return;
        case Element.Tbl:
          builder.closeTable();
          return;
        default:
          return;
      }
    },
    text(text) {
      if (inText && skip === 0 && fields[fields.length - 1] !== 'instruction') {
        ensureOpen();
        builder.text(text);
      }
    },
  };
  const issue = document.readXml(document.main, handler);
  if (issue !== undefined) return { ok: false, issues: [issue] };
  const { model, limits } = builder.finish();
  return { ok: true, model, issues: finishedIssues(limits, changes) };
}
