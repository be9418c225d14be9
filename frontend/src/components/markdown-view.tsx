import MarkdownIt from 'markdown-it';
import { useMemo } from 'react';

// Raw HTML off (it is shown as text), and markdown-it's link check drops javascript:, vbscript:
// and data: (except images) URLs: what is left is markup markdown itself produces, so the
// notice a registrar writes cannot run script in a student's or colleague's browser.
const markdown = new MarkdownIt({ html: false, linkify: false, breaks: true });

const defaultLinkOpen =
  markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx].attrSet('target', '_blank');
  tokens[idx].attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Markdown as safe HTML (exported for tests). */
export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

interface MarkdownViewProps {
  source: string;
  className?: string;
}

/** Shows Markdown text (a campaign notice) without letting raw HTML through. */
export function MarkdownView({ source, className }: MarkdownViewProps) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  // Safe: renderMarkdown never passes raw HTML through (see above).
  return <div className={className ?? 'markdown-view'} dangerouslySetInnerHTML={{ __html: html }} />;
}
