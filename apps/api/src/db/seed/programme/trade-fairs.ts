import { A } from '../data/codes';

export interface SeedTradeFair {
  country: string;
  application: string | null;
  name: string;
  city: string;
  startsOn: string;
  endsOn: string;
  url: string | null;
}

/**
 * Trade-fair calendar of the target markets. Future editions' dates follow each fair's usual
 * schedule as of DEMO_CALENDAR_WRITTEN_FOR (the loader moves them to the load date); check them on
 * the organiser's site.
 */
export const tradeFairs: SeedTradeFair[] = [
  {
    country: 'US',
    application: null,
    name: 'SPIE Photonics West',
    city: 'San Francisco',
    startsOn: '2027-01-23',
    endsOn: '2027-01-28',
    url: 'https://spie.org/conferences-and-exhibitions/photonics-west',
  },
  {
    country: 'US',
    application: A.health,
    name: 'SPIE BiOS (at Photonics West)',
    city: 'San Francisco',
    startsOn: '2027-01-23',
    endsOn: '2027-01-24',
    url: 'https://spie.org/conferences-and-exhibitions/photonics-west/bios',
  },
  {
    country: 'US',
    application: A.manufacturing,
    name: 'Automate',
    city: 'Detroit',
    startsOn: '2027-06-22',
    endsOn: '2027-06-25',
    url: 'https://www.automateshow.com',
  },
  {
    country: 'US',
    application: null,
    name: 'SPIE Photonics West',
    city: 'San Francisco',
    startsOn: '2026-01-17',
    endsOn: '2026-01-22',
    url: 'https://spie.org/conferences-and-exhibitions/photonics-west',
  },
  {
    country: 'CA',
    application: null,
    name: 'Photonics North',
    city: 'Montréal',
    startsOn: '2027-06-01',
    endsOn: '2027-06-03',
    url: 'https://www.photonicsnorth.com',
  },
  {
    country: 'JP',
    application: null,
    name: 'OPIE – OPTICS & PHOTONICS International Exhibition',
    city: 'Yokohama',
    startsOn: '2027-04-21',
    endsOn: '2027-04-23',
    url: 'https://www.opie.jp/en/',
  },
  {
    country: 'CN',
    application: null,
    name: 'LASER World of PHOTONICS CHINA',
    city: 'Shanghai',
    startsOn: '2027-03-17',
    endsOn: '2027-03-19',
    url: 'https://www.world-of-photonics-china.com.cn/en/',
  },
];
