import type { SourceFormat } from '../issues.js';

/** The format each file name extension stands for. */
const EXTENSIONS: Readonly<Record<string, SourceFormat>> = {
  json: 'json',
  csv: 'csv',
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  docm: 'docx',
  dotx: 'docx',
  odt: 'odt',
  ott: 'odt',
  pdf: 'pdf',
};

/** The format each media type stands for. */
const MEDIA_TYPES: Readonly<Record<string, SourceFormat>> = {
  'application/json': 'json',
  'text/json': 'json',
  'text/csv': 'csv',
  'application/csv': 'csv',
  'text/plain': 'text',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/pdf': 'pdf',
};

/** What the caller said the input is: the format, and the name or media type that said it. */
export interface Named {
  readonly format: SourceFormat;
  readonly given: string;
}

/**
 * The format a file's media type or name stands for: the media type first (without its
 * parameters, such as `; charset=utf-8`), then the name's extension. `undefined` when neither
 * names a format the library knows (`application/octet-stream`, `plan.dat`).
 */
export function namedFormat(filename: string | undefined, mediaType: string | undefined): Named | undefined {
  if (mediaType !== undefined) {
    const essence = (mediaType.split(';', 1)[0] ?? '').trim().toLowerCase();
    const format = Object.hasOwn(MEDIA_TYPES, essence) ? MEDIA_TYPES[essence] : undefined;
    if (format !== undefined) return { format, given: mediaType };
  }
  if (filename !== undefined) {
    const base = filename.slice(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
    const dot = base.lastIndexOf('.');
    const extension = dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
    const format = Object.hasOwn(EXTENSIONS, extension) ? EXTENSIONS[extension] : undefined;
    if (format !== undefined) return { format, given: filename };
  }
  return undefined;
}
