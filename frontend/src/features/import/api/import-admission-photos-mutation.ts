import { graphql } from '@/gql';

export const ImportAdmissionPhotosMutation = graphql(`
  mutation Import_ImportAdmissionPhotos($input: ImportAdmissionPhotosInput!) {
    importAdmissionPhotos(input: $input) {
      __typename
      ... on AdmissionPhotosImported {
        matched
        replaced
        unchanged
        unmatched {
          fileName
          reason
          message
        }
      }
      ... on PhotoArchiveRejected {
        code
        message
      }
    }
  }
`);
