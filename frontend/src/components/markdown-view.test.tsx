import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarkdownView, renderMarkdown } from './markdown-view';

describe('renderMarkdown', () => {
  it('renders headings, lists, emphasis and links', () => {
    const html = renderMarkdown('# 通知\n\n- **截止** 11月30日\n- [学信网](https://www.chsi.com.cn)');
    expect(html).toContain('<h1>通知</h1>');
    expect(html).toContain('<strong>截止</strong>');
    expect(html).toContain('<a href="https://www.chsi.com.cn" target="_blank" rel="noopener noreferrer">学信网</a>');
  });

  it('shows raw HTML as text instead of running it', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops javascript: links', () => {
    const html = renderMarkdown('[click](javascript:alert(1))');
    expect(html).not.toContain('href="javascript');
  });
});

describe('MarkdownView', () => {
  it('puts no script element into the page', () => {
    const { container } = render(<MarkdownView source={'hi <script>window.x=1</script> **there**'} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('strong')?.textContent).toBe('there');
  });
});
