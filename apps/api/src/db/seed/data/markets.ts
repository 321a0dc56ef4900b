import { A } from './codes';
import type { SeedTargetMarket } from './types';

const PIMAP_SUMMARY =
  'PIMAP Partnership, publishable summary (COSME ESCP-4i): https://www.clustercollaboration.eu/escp-profiles/pimap-partnership';
const PIMAP_PLUS = 'EISMEA, "PIMAP Plus: One partnership, 6 clusters and 90 SMEs" (16 August 2022)';
const OPTONIQUE = 'Optonique, about Québec optics-photonics: https://optonique.ca/en/about/';

/**
 * Countries with market potential per application area. Potentials (0-100) are the partners'
 * qualitative judgement expressed on a scale, not measured market sizes.
 */
export const targetMarkets: SeedTargetMarket[] = [
  {
    country: 'US',
    application: A.manufacturing,
    potential: 90,
    rationale:
      "The PIMAP market study confirmed 'photonics for Industry 4.0 in North America' as the partnership's " +
      'positioning and found high market potential in the United States.',
    sources: [PIMAP_SUMMARY],
  },
  {
    country: 'CA',
    application: A.manufacturing,
    potential: 78,
    rationale:
      'Canada was one of the two test countries of PIMAP; contacts made at the EU–Canada cluster matchmaking ' +
      'in Toronto and the memorandum with Optonique give SMEs a way in.',
    sources: [PIMAP_SUMMARY, OPTONIQUE],
  },
  {
    country: 'US',
    application: A.aerospace,
    potential: 82,
    rationale:
      'Aerospace is one of the sectors in which PIMAP SMEs expressed a strong need to go international; ' +
      'photonics and microwave suppliers address test, sensing and communication needs.',
    sources: [PIMAP_SUMMARY],
  },
  {
    country: 'CA',
    application: A.aerospace,
    potential: 74,
    rationale:
      'Québec optics-photonics companies serve aerospace among their main sectors, which makes Canadian ' +
      'partners natural integrators for European components.',
    sources: [OPTONIQUE, PIMAP_SUMMARY],
  },
  {
    country: 'US',
    application: A.health,
    potential: 80,
    rationale:
      'Large market for medical imaging and optical diagnostics, reached through US photonics clusters such as ' +
      'Optics Valley and New York Photonics.',
    sources: [PIMAP_SUMMARY],
  },
  {
    country: 'CA',
    application: A.health,
    potential: 62,
    rationale: 'Life sciences are among the main application sectors of the Québec optics-photonics industry.',
    sources: [OPTONIQUE],
  },
  {
    country: 'US',
    application: A.metalworking,
    potential: 66,
    rationale:
      'Metalworking SMEs of the PIMAP clusters look for laser processing and inspection partners and for ' +
      'customers among North American manufacturers.',
    sources: [PIMAP_SUMMARY],
  },
  {
    country: 'JP',
    application: A.manufacturing,
    potential: 68,
    rationale:
      'The PIMAP study also pointed at opportunities in Asia; the follow-up PIMAP+ partnership added Japan ' + 'to its target countries.',
    sources: [PIMAP_SUMMARY, PIMAP_PLUS],
  },
  {
    country: 'CN',
    application: A.manufacturing,
    potential: 64,
    rationale: 'Largest manufacturing market in Asia; targeted by PIMAP+ alongside the United States, Canada and Japan.',
    sources: [PIMAP_PLUS],
  },
  {
    country: 'KR',
    application: A.telecom,
    potential: 55,
    rationale:
      'Part of the Asian opportunities the PIMAP study pointed at: demand for optical transceivers and ' +
      'components from network-equipment and electronics makers.',
    sources: [PIMAP_SUMMARY],
  },
  {
    country: 'SG',
    application: A.health,
    potential: 48,
    rationale:
      'Part of the Asian opportunities the PIMAP study pointed at: a regional hub for medical-technology ' +
      'companies and an entry point to South-East Asia.',
    sources: [PIMAP_SUMMARY],
  },
];
