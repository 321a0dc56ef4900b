import type { OrganizationLink } from './markets.queries';

/** Only http(s) links from the data become clickable. */
export const safeUrl = (url: string | null): string | null => (url && /^https?:\/\//i.test(url) ? url : null);

const hostOf = (url: string) => new URL(url).host.replace(/^www\./, '');

/** A cluster opens its cluster page (members, agreements, missions); any other organization its profile. */
export const organizationHref = (organization: OrganizationLink): string =>
  `/${organization.kind === 'CLUSTER' ? 'clusters' : 'organizations'}/${encodeURIComponent(organization.slug)}`;

/** An external website, named by its host so that each link says where it goes. */
export function ExternalLink({ url }: { url: string | null }) {
  const safe = safeUrl(url);
  if (!safe) return null;
  return (
    <a href={safe} rel="noopener noreferrer" target="_blank">
      {hostOf(safe)}
    </a>
  );
}

/** A source reference in plain text, with the web addresses it quotes made into links. */
export function SourceText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s)]+)/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} rel="noopener noreferrer" target="_blank">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** A date of the data (YYYY-MM-DD), formatted as that calendar day wherever the reader is. */
export function formatDay(iso: string, lang: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(lang, { dateStyle: 'medium', timeZone: 'UTC' });
}
