import type { ViewerRef } from '../../session/viewer.queries';

const WRITES_ANYWHERE = ['CURATOR', 'ADMIN'];

/** Curators and admins may name any organization as author. */
export const writesAnywhere = (viewer: ViewerRef): boolean => viewer.roles.some((r) => WRITES_ANYWHERE.includes(r.role));

/** The organizations the viewer may publish for: those they edit and the clusters they manage, by name. */
export function authorChoices(viewer: ViewerRef): { id: string; slug: string; name: string }[] {
  const byId = new Map([...viewer.editableOrganizations, ...viewer.managedClusters].map((o) => [o.id, o]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Who may create an article, by the API's rule: an editor or manager of some organization, a curator, an admin. */
export const canWrite = (viewer: ViewerRef): boolean => writesAnywhere(viewer) || authorChoices(viewer).length > 0;
