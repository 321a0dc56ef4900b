import { organization, marketAccess } from './build';
import { A } from './codes';
import type { SeedOrganization } from './types';

/** North American cluster organisations that the PIMAP Partnership worked with. */
export const thirdCountryClusters: SeedOrganization[] = [
  organization({
    slug: 'optonique',
    name: 'Optonique',
    kind: 'CLUSTER',
    country: 'CA',
    region: null,
    city: 'Québec City',
    latitude: 46.8139,
    longitude: -71.208,
    website: 'https://optonique.ca',
    foundedYear: 2017,
    description:
      "Québec's pole of excellence in optics and photonics, launched in 2017 by merging the Quebec Photonic " +
      'Network and the optics-photonics industry circle of the Québec City region. Signed a memorandum of ' +
      'understanding with the PIMAP Partnership at LASER World of PHOTONICS 2019.',
    needs: [marketAccess('FR', 'European partners for Québec photonics SMEs, starting with the PIMAP clusters.')],
    exportInterests: [{ country: 'FR', application: A.aerospace }],
  }),
  organization({
    slug: 'arizona-optics-valley',
    name: 'Arizona Technology Council – Optics Valley',
    kind: 'CLUSTER',
    country: 'US',
    region: null,
    city: 'Tucson',
    latitude: 32.2226,
    longitude: -110.9747,
    website: 'https://www.aztechcouncil.org',
    foundedYear: 1992,
    description:
      "Southern Arizona's optics, photonics and astronomy industry cluster, founded in 1992 as the Arizona " +
      'Optics Industry Association and part of the Arizona Technology Council since 2016. Signed a memorandum ' +
      'of understanding with the PIMAP Partnership at LASER World of PHOTONICS 2019.',
  }),
  organization({
    slug: 'new-york-photonics',
    name: 'New York Photonics',
    kind: 'CLUSTER',
    country: 'US',
    region: null,
    city: 'Rochester',
    latitude: 43.1566,
    longitude: -77.6088,
    website: 'https://newyorkphotonics.org',
    description:
      'Not-for-profit organisation in Rochester, New York, formerly the Rochester Regional Photonics Cluster, ' +
      "promoting the state's optics, photonics and imaging industry. Host contact for the PIMAP back-to-back " +
      'mission to New York in 2019.',
  }),
];
