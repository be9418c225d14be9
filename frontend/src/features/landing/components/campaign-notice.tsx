import { Fragment } from 'react';
import { noticeParagraphs } from './notice-paragraphs';

/** The registrar's notice as plain paragraphs (text nodes only: nothing in it can become markup). */
export function CampaignNotice({ notice }: { notice: string }) {
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
