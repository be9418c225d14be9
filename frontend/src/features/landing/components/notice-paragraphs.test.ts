import { describe, expect, it } from 'vitest';
import { noticeParagraphs } from './notice-paragraphs';

describe('noticeParagraphs', () => {
  it('splits paragraphs on blank lines and keeps single line breaks inside a paragraph', () => {
    expect(noticeParagraphs('第一段\n第二行\n\n第二段\r\n\r\n  \n第三段  ')).toEqual([
      ['第一段', '第二行'],
      ['第二段'],
      ['第三段'],
    ]);
  });

  it('gives nothing for an empty or blank notice', () => {
    expect(noticeParagraphs('')).toEqual([]);
    expect(noticeParagraphs(' \n\n \n')).toEqual([]);
  });

  it('keeps markup characters as text (rendered by React, never as HTML)', () => {
    expect(noticeParagraphs('<script>alert(1)</script>\n**加粗**')).toEqual([['<script>alert(1)</script>', '**加粗**']]);
  });
});
