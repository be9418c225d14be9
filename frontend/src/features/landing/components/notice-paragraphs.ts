/**
 * A campaign notice (Markdown as the registrar typed it) as paragraphs of lines, shown while the
 * Markdown renderer is still loading (it is not in the landing page's first download): blank lines
 * separate paragraphs, single newlines break lines. Rendering the result as React text keeps it safe.
 */
export function noticeParagraphs(notice: string): string[][] {
  return notice
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trimEnd())
        .filter((line) => line.trim() !== ''),
    )
    .filter((lines) => lines.length > 0);
}
