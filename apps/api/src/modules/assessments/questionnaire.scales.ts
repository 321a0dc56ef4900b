import type { AnswerOption, Localized } from './questionnaire.types';

const option = (code: string, points: number, en: string, de: string, fr: string, it: string): AnswerOption => ({
  code,
  points,
  label: { en, de, fr, it } satisfies Localized,
});

/** How far a statement is true of the company. */
export const EXTENT: AnswerOption[] = [
  option('not-at-all', 0, 'Not at all', 'Gar nicht', 'Pas du tout', 'Per niente'),
  option('partly', 1, 'Partly', 'Teilweise', 'En partie', 'In parte'),
  option('largely', 2, 'Largely', 'Weitgehend', 'En grande partie', 'In gran parte'),
  option('fully', 3, 'Fully', 'Vollständig', 'Entièrement', 'Completamente'),
];

/** Whether something is in place. */
export const IN_PLACE: AnswerOption[] = [
  option('no', 0, 'No', 'Nein', 'Non', 'No'),
  option('in-progress', 1, 'In progress', 'In Arbeit', 'En cours', 'In corso'),
  option('yes', 3, 'Yes', 'Ja', 'Oui', 'Sì'),
];

/** How many (countries, contacts ...). */
export const COUNT: AnswerOption[] = [
  option('none', 0, 'None', 'Keine', 'Aucun', 'Nessuno'),
  option('one', 1, 'One', 'Eins', 'Un', 'Uno'),
  option('two-to-four', 2, 'Two to four', 'Zwei bis vier', 'Deux à quatre', 'Da due a quattro'),
  option('five-or-more', 3, 'Five or more', 'Fünf oder mehr', 'Cinq ou plus', 'Cinque o più'),
];

/** Share of turnover. */
export const SHARE: AnswerOption[] = [
  option('none', 0, 'None', 'Keiner', 'Aucune', 'Nessuna'),
  option('under-10', 1, 'Under 10 %', 'Unter 10 %', 'Moins de 10 %', 'Meno del 10 %'),
  option('10-to-30', 2, '10 to 30 %', '10 bis 30 %', '10 à 30 %', 'Dal 10 al 30 %'),
  option('over-30', 3, 'Over 30 %', 'Über 30 %', 'Plus de 30 %', 'Oltre il 30 %'),
];

/** People with time for export, in full-time equivalents. */
export const STAFF: AnswerOption[] = [
  option('none', 0, 'Nobody', 'Niemand', 'Personne', 'Nessuno'),
  option(
    'under-one',
    1,
    'Less than one full-time person',
    'Weniger als eine Vollzeitkraft',
    "Moins d'un temps plein",
    'Meno di una persona a tempo pieno',
  ),
  option('one', 2, 'One full-time person', 'Eine Vollzeitkraft', 'Un temps plein', 'Una persona a tempo pieno'),
  option('two-or-more', 3, 'Two or more', 'Zwei oder mehr', 'Deux ou plus', 'Due o più'),
];
