import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { navigate, useDocumentTitle } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { ErrorState, Loading } from '../../ui/states';
import { useSession } from '../session/use-viewer';
import { QUESTIONNAIRE, SUBMIT_ASSESSMENT } from './assessment.queries';

/** The export-readiness self-assessment: one radio group per question, for an organization the viewer edits. */
export default function AssessmentPage() {
  const { t, gqlLang } = useI18n();
  useDocumentTitle(t('assessment.title'));
  const session = useSession();
  const questionnaire = useQuery(QUESTIONNAIRE, { variables: { lang: gqlLang } });
  const [submit, submission] = useMutation(SUBMIT_ASSESSMENT);
  const [organizationId, setOrganizationId] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [share, setShare] = useState(false);
  const organizations = session.viewer?.editableOrganizations ?? [];
  const chosen = organizationId || organizations[0]?.id || '';

  if (session.loading || questionnaire.loading) return <Loading />;
  if (questionnaire.error) return <ErrorState error={questionnaire.error} onRetry={() => void questionnaire.refetch()} />;
  const dimensions = questionnaire.data?.exportReadinessQuestionnaire.dimensions ?? [];
  const questionCount = dimensions.reduce((sum, d) => sum + d.questions.length, 0);
  const answered = Object.keys(answers).length;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await submit({
      variables: {
        input: {
          organizationId: chosen,
          answers: Object.entries(answers).map(([question, option]) => ({ question, option })),
          shareWithClusters: share,
        },
      },
      context: session.mutationContext,
    }).catch(() => null);
    const id = result?.data?.submitAssessment.id;
    if (id) navigate(`/assessment/${encodeURIComponent(id)}`);
  };

  return (
    <div className="page assessment">
      <h1>{t('assessment.title')}</h1>
      <p className="lead">{t('assessment.lead')}</p>
      {!session.viewer && <p className="state state-empty">{t('assessment.signIn')}</p>}
      {session.viewer && organizations.length === 0 && <p className="state state-empty">{t('assessment.noOrganization')}</p>}
      {session.viewer && organizations.length > 0 && (
        <form onSubmit={(e) => void onSubmit(e)} className="assessment-form">
          <label htmlFor="assessment-organization">{t('assessment.organization')}</label>
          <select id="assessment-organization" value={chosen} onChange={(e) => setOrganizationId(e.target.value)}>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          {dimensions.map((dimension) => (
            <fieldset key={dimension.dimension} className="assessment-dimension">
              <legend>{dimension.label}</legend>
              {dimension.questions.map((question) => (
                <fieldset key={question.code} className="assessment-question">
                  <legend>{question.text}</legend>
                  {question.options.map((option) => {
                    const id = `${question.code}-${option.code}`;
                    return (
                      <div key={option.code} className="assessment-option">
                        <input
                          type="radio"
                          id={id}
                          name={question.code}
                          value={option.code}
                          required
                          checked={answers[question.code] === option.code}
                          onChange={() => setAnswers((previous) => ({ ...previous, [question.code]: option.code }))}
                        />
                        <label htmlFor={id}>{option.label}</label>
                      </div>
                    );
                  })}
                </fieldset>
              ))}
            </fieldset>
          ))}
          <div className="assessment-option">
            <input id="assessment-share" type="checkbox" checked={share} onChange={(e) => setShare(e.target.checked)} />
            <label htmlFor="assessment-share">{t('assessment.share')}</label>
          </div>
          <p className="meta" aria-live="polite">
            {t('assessment.progress', { answered, total: questionCount })}
          </p>
          {submission.error && <ErrorState error={submission.error} />}
          <button type="submit" disabled={submission.loading || answered < questionCount}>
            {t('assessment.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
