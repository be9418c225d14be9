import { Fragment, lazy, Suspense } from 'react';
import { noticeParagraphs } from './notice-paragraphs';

// markdown-it stays out of the landing page's first download (its budget is nearly spent): the notice
// shows as plain paragraphs at once and as Markdown when the chunk arrives.
const MarkdownView = lazy(() => import('@/components/markdown-view').then((module) => ({ default: module.MarkdownView })));

/** The registrar's notice, rendered as Markdown (raw HTML stays text: see MarkdownView). */
export function CampaignNotice({ notice }: { notice: string }) {
  return (
    <Suspense fallback={<PlainNotice notice={notice} />}>
      <MarkdownView source={notice} className="campaign-notice" />
    </Suspense>
  );
}

/** The notice as plain paragraphs (text nodes only) while the Markdown renderer loads. */
function PlainNotice({ notice }: { notice: string }) {
  return (
    <div className="campaign-notice">
      {noticeParagraphs(notice).map((lines, index) => (
        <p key={index}>
          {lines.map((line, lineIndex) => (
            <Fragment key={lineIndex}>
              {lineIndex > 0 && <br />}
              {line}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}
