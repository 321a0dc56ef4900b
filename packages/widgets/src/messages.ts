/** Small built-in message catalogs; the `lang` attribute picks one, English is the fallback. */
const en = {
  loading: 'Loading…',
  refused: 'This website is not allowed to show LightBridge data. The site owner can register it for the API key.',
  unreachable:
    'LightBridge data could not be loaded on this website. It may not be registered for this API key, or the service may be unavailable.',
  failed: 'Something went wrong while loading LightBridge data.',
  notFound: 'Nothing was found for this widget’s settings.',
  missing: 'This widget is missing a required setting:',
  empty: 'No results.',
  search: 'Search organizations',
  searchMembers: 'Search members',
  member: 'member',
  members: 'members',
  previous: 'Previous',
  next: 'Next',
  page: 'Page',
  website: 'Website',
  profile: 'Full profile',
  verified: 'Verified',
  technologies: 'Technologies',
  providers: 'providers',
  gap: 'Gap: no provider',
  gaps: 'gaps',
  elsewhere: 'elsewhere in Europe',
  valueChain: 'Value chain',
  onMap: 'shown on the map',
  result: 'result',
  results: 'results',
  poweredBy: 'Data: LightBridge',
};

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

const de: Messages = {
  loading: 'Wird geladen…',
  refused: 'Diese Website darf keine LightBridge-Daten anzeigen. Der Betreiber kann sie für den API-Schlüssel registrieren.',
  unreachable:
    'LightBridge-Daten konnten auf dieser Website nicht geladen werden. Sie ist eventuell nicht für den API-Schlüssel registriert, oder der Dienst ist nicht erreichbar.',
  failed: 'Beim Laden der LightBridge-Daten ist ein Fehler aufgetreten.',
  notFound: 'Für die Einstellungen dieses Widgets wurde nichts gefunden.',
  missing: 'Diesem Widget fehlt eine erforderliche Einstellung:',
  empty: 'Keine Ergebnisse.',
  search: 'Organisationen suchen',
  searchMembers: 'Mitglieder suchen',
  member: 'Mitglied',
  members: 'Mitglieder',
  previous: 'Zurück',
  next: 'Weiter',
  page: 'Seite',
  website: 'Website',
  profile: 'Vollständiges Profil',
  verified: 'Verifiziert',
  technologies: 'Technologien',
  providers: 'Anbieter',
  gap: 'Lücke: kein Anbieter',
  gaps: 'Lücken',
  elsewhere: 'anderswo in Europa',
  valueChain: 'Wertschöpfungskette',
  onMap: 'auf der Karte',
  result: 'Ergebnis',
  results: 'Ergebnisse',
  poweredBy: 'Daten: LightBridge',
};

const fr: Messages = {
  loading: 'Chargement…',
  refused: 'Ce site n’est pas autorisé à afficher les données LightBridge. Son propriétaire peut l’enregistrer pour la clé d’API.',
  unreachable:
    'Les données LightBridge n’ont pas pu être chargées sur ce site. Il n’est peut-être pas enregistré pour cette clé d’API, ou le service est indisponible.',
  failed: 'Une erreur est survenue lors du chargement des données LightBridge.',
  notFound: 'Rien n’a été trouvé pour les réglages de ce widget.',
  missing: 'Il manque un réglage obligatoire à ce widget :',
  empty: 'Aucun résultat.',
  search: 'Rechercher des organisations',
  searchMembers: 'Rechercher des membres',
  member: 'membre',
  members: 'membres',
  previous: 'Précédent',
  next: 'Suivant',
  page: 'Page',
  website: 'Site web',
  profile: 'Profil complet',
  verified: 'Vérifié',
  technologies: 'Technologies',
  providers: 'fournisseurs',
  gap: 'Lacune : aucun fournisseur',
  gaps: 'lacunes',
  elsewhere: 'ailleurs en Europe',
  valueChain: 'Chaîne de valeur',
  onMap: 'sur la carte',
  result: 'résultat',
  results: 'résultats',
  poweredBy: 'Données : LightBridge',
};

const it: Messages = {
  loading: 'Caricamento…',
  refused: 'Questo sito non è autorizzato a mostrare i dati LightBridge. Il gestore può registrarlo per la chiave API.',
  unreachable:
    'Non è stato possibile caricare i dati LightBridge su questo sito. Potrebbe non essere registrato per questa chiave API, o il servizio non è disponibile.',
  failed: 'Si è verificato un errore durante il caricamento dei dati LightBridge.',
  notFound: 'Nessun risultato per le impostazioni di questo widget.',
  missing: 'Manca un’impostazione obbligatoria per questo widget:',
  empty: 'Nessun risultato.',
  search: 'Cerca organizzazioni',
  searchMembers: 'Cerca membri',
  member: 'membro',
  members: 'membri',
  previous: 'Precedente',
  next: 'Successivo',
  page: 'Pagina',
  website: 'Sito web',
  profile: 'Profilo completo',
  verified: 'Verificato',
  technologies: 'Tecnologie',
  providers: 'fornitori',
  gap: 'Lacuna: nessun fornitore',
  gaps: 'lacune',
  elsewhere: 'altrove in Europa',
  valueChain: 'Catena del valore',
  onMap: 'sulla mappa',
  result: 'risultato',
  results: 'risultati',
  poweredBy: 'Dati: LightBridge',
};

export const catalogs: Record<string, Messages> = { en, de, fr, it };

export type Lang = 'en' | 'de' | 'fr' | 'it';

export function pickLang(value: string | null): Lang {
  const short = (value ?? '').slice(0, 2).toLowerCase();
  return short === 'de' || short === 'fr' || short === 'it' ? short : 'en';
}
