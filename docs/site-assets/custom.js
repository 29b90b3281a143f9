// The docs site's own script, after TypeDoc's. Lets long code words in table cells (issue codes
// such as `action.target_revised_without_reason`, option names) break after a `.`, `_` or `/`
// instead of anywhere, so a table fits its column without cutting words at random. Without this
// script the table still scrolls inside its own box.
for (const code of document.querySelectorAll('.tsd-typography td code')) {
  const text = code.textContent ?? '';
  if (code.children.length > 0 || !/[._/]/.test(text)) continue;
  code.replaceChildren(
    ...text.split(/(?<=[._/])/).flatMap((part, i) => (i === 0 ? [part] : [document.createElement('wbr'), part])),
  );
}
