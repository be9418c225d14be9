// Self-hosted GraphiQL: everything (React, monaco-editor and its workers, fonts) is bundled, so it
// works on campus networks that cannot reach a CDN. Served by the backend at /graphiql.
import './setup-workers';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const wsProtocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';

const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  subscriptionUrl: `${wsProtocol}//${window.location.host}/graphql`,
});

const defaultQuery = `# EnrolCheck GraphQL API. Try: institutions, colleges, majors, classes.
query Reference_Sample {
  institutions(first: 5) {
    edges {
      node {
        code
        name
        colleges {
          code
          name
        }
      }
    }
  }
}
`;

const container = document.getElementById('graphiql');
if (!container) throw new Error('graphiql/index.html has no #graphiql element');

createRoot(container).render(
  <StrictMode>
    {/* Headers (a pasted bearer token) are not persisted: shouldPersistHeaders stays false. */}
    <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />
  </StrictMode>,
);
