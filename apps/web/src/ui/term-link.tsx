import { Link } from '../app/router';

// Term codes contain dots ("tech.lasers"), which a static file server reads as file extensions,
// so the code travels in the query string.
export const termHref = (code: string) => `/classification/term?code=${encodeURIComponent(code)}`;

export function TermLink({ term }: { term: { code: string; label: string } }) {
  return (
    <Link to={termHref(term.code)} className="term-chip">
      {term.label}
    </Link>
  );
}
