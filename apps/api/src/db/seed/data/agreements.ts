import type { SeedAgreement } from './types';

const PIMAP = ['alpha-rlh', 'triple-steelix', 'produtech', 'business-joensuu'];

/**
 * The agreements of the PIMAP Partnership: two memoranda of understanding signed with North
 * American clusters at LASER World of PHOTONICS (Munich, 24-27 June 2019), and the partnership
 * agreement that gives the joint internationalisation strategy its legal framework.
 */
export const agreements: SeedAgreement[] = [
  {
    slug: 'pimap-mou-arizona-optics-valley-2019',
    kind: 'MOU',
    title: 'Memorandum of Understanding between the PIMAP Partnership and Arizona Technology Council – Optics Valley',
    signedOn: '2019-06-25',
    place: 'LASER World of PHOTONICS, Munich',
    scope:
      'Collaboration between the photonics and advanced-manufacturing ecosystems of the PIMAP clusters and ' +
      'southern Arizona: exchange of market intelligence, reciprocal support for business missions and ' +
      'soft-landing of SMEs, and the launch of joint initiatives.',
    validUntil: null,
    signatories: [...PIMAP, 'arizona-optics-valley'],
  },
  {
    slug: 'pimap-mou-optonique-2019',
    kind: 'MOU',
    title: 'Memorandum of Understanding between the PIMAP Partnership and Optonique',
    signedOn: '2019-06-25',
    place: 'LASER World of PHOTONICS, Munich',
    scope:
      'Collaboration between the PIMAP clusters and the Québec optics-photonics ecosystem: contacts between ' +
      'SMEs and research centres, reciprocal support for business missions, and joint initiatives for ' +
      'photonics-enabled industrial applications.',
    validUntil: null,
    signatories: [...PIMAP, 'optonique'],
  },
  {
    slug: 'pimap-partnership-agreement',
    kind: 'PARTNERSHIP_AGREEMENT',
    title: 'PIMAP Partnership agreement',
    signedOn: '2019-12-10',
    place: null,
    scope:
      'Legal framework for implementing the joint internationalisation strategy and roadmap of the PIMAP ' +
      'Partnership: commits the partners to work together towards the internationalisation of their SMEs ' +
      'beyond Europe, with the United States and Canada as first targets, and stays open to new cluster ' +
      'partners and target countries.',
    validUntil: null,
    signatories: [...PIMAP],
  },
];
