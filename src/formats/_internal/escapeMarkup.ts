const REFERENCES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML and XML content and attribute values: `&`, `<`, `>` and both quotes, so
 * that no text of a plan can open or close markup. The writers of HTML and SVG both use it.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => REFERENCES[ch] as string);
}
