/**
 * A campaign notice (Markdown as the registrar typed it) as paragraphs of lines. The student landing
 * page carries no Markdown library (bundle budget), so it shows the text as written: blank lines
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
