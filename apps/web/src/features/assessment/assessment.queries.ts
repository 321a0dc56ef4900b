import { gql, type TypedDocumentNode } from '@apollo/client';

export interface QuestionnaireData {
  exportReadinessQuestionnaire: {
    version: number;
    dimensions: {
      dimension: string;
      label: string;
      questions: { code: string; text: string; options: { code: string; label: string }[] }[];
    }[];
  };
}

export const QUESTIONNAIRE: TypedDocumentNode<QuestionnaireData, { lang: string }> = gql`
  query ExportReadinessQuestionnaire($lang: Language!) {
    exportReadinessQuestionnaire(language: $lang) {
      version
      dimensions {
        dimension
        label
        questions {
          code
          text
          options {
            code
            label
          }
        }
      }
    }
  }
`;

export const SUBMIT_ASSESSMENT: TypedDocumentNode<
  { submitAssessment: { id: string } },
  { input: { organizationId: string; answers: { question: string; option: string }[]; shareWithClusters: boolean } }
> = gql`
  mutation SubmitAssessment($input: SubmitAssessmentInput!) {
    submitAssessment(input: $input) {
      id
    }
  }
`;

export interface Recommendation {
  dimension: string;
  score: number;
  advice: string;
  articles: { slug: string; title: string }[];
  events: { slug: string; title: string; startsOn: string }[];
  partners: { score: number; organization: { slug: string; name: string } }[];
  fundingCalls: { score: number; call: { slug: string; title: string; programme: string; deadline: string; url: string } }[];
}

export interface AssessmentResultData {
  node: {
    id: string;
    overallScore: number;
    level: string;
    submittedAt: string;
    sharedWithClusters: boolean;
    organization: { slug: string; name: string };
    dimensionScores: { dimension: string; score: number }[];
    recommendations: Recommendation[];
  } | null;
  exportReadinessQuestionnaire: { dimensions: { dimension: string; label: string }[]; levels: { level: string; label: string }[] };
}

export const ASSESSMENT_RESULT: TypedDocumentNode<AssessmentResultData, { id: string; lang: string }> = gql`
  query AssessmentResult($id: ID!, $lang: Language!) {
    node(id: $id) {
      ... on Assessment {
        id
        overallScore
        level
        submittedAt
        sharedWithClusters
        organization {
          slug
          name
        }
        dimensionScores {
          dimension
          score
        }
        recommendations(language: $lang) {
          dimension
          score
          advice
          articles {
            slug
            title
          }
          events {
            slug
            title
            startsOn
          }
          partners {
            score
            organization {
              slug
              name
            }
          }
          fundingCalls {
            score
            call {
              slug
              title
              programme
              deadline
              url
            }
          }
        }
      }
    }
    exportReadinessQuestionnaire(language: $lang) {
      dimensions {
        dimension
        label
      }
      levels {
        level
        label
      }
    }
  }
`;
