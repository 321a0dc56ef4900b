import { geoMercator, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { useEffect, useMemo, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { navigate } from '../../app/router';
import { ErrorState, Loading } from '../../ui/states';

export interface MapPoint {
  id: string;
  latitude: number;
  longitude: number;
  label: string;
  href: string;
  cluster: boolean;
}

export type MapExtent = 'europe' | 'world';

const WIDTH = 960;
const HEIGHT = 600;

// The countries ship inside the bundle (world-atlas, loaded with the map chunk): no tile server.
let countriesPromise: Promise<FeatureCollection<Geometry>> | null = null;
function loadCountries(): Promise<FeatureCollection<Geometry>> {
  countriesPromise ??= import('world-atlas/countries-110m.json').then((module) => {
    const topology = module.default as unknown as Topology<{ countries: GeometryCollection }>;
    return feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
  });
  return countriesPromise;
}

function projectionFor(extent: MapExtent): GeoProjection {
  if (extent === 'world') return geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
  const europe: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'MultiPoint',
          coordinates: [
            [-12, 35],
            [35, 35],
            [35, 68],
            [-12, 68],
          ],
        },
      },
    ],
  };
  return geoMercator().fitSize([WIDTH, HEIGHT], europe);
}

interface WorldMapProps {
  points: MapPoint[];
  extent: MapExtent;
  title: string;
}

/** An SVG map; each point is a link to its organization (keyboard reachable, named). */
export function WorldMap({ points, extent, title }: WorldMapProps) {
  const [countries, setCountries] = useState<FeatureCollection<Geometry> | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    loadCountries().then(setCountries, (e: unknown) => setError(e instanceof Error ? e : new Error(String(e))));
  }, []);
  const projection = useMemo(() => projectionFor(extent), [extent]);
  const path = useMemo(() => geoPath(projection), [projection]);
  if (error) return <ErrorState error={error} />;
  if (!countries) return <Loading />;
  return (
    <svg className="world-map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-label={title}>
      <rect width={WIDTH} height={HEIGHT} className="sea" />
      <g aria-hidden="true">
        {countries.features.map((country, index) => (
          <path key={String(country.id ?? index)} d={path(country) ?? undefined} className="land" />
        ))}
      </g>
      <g>
        {points.map((point) => {
          const xy = projection([point.longitude, point.latitude]);
          if (!xy || xy[0] < 0 || xy[0] > WIDTH || xy[1] < 0 || xy[1] > HEIGHT) return null;
          return (
            <a
              key={point.id}
              href={point.href}
              aria-label={point.label}
              onClick={(event) => {
                event.preventDefault();
                navigate(point.href);
              }}
            >
              <circle cx={xy[0]} cy={xy[1]} r={point.cluster ? 7 : 4} className={point.cluster ? 'dot dot-cluster' : 'dot'}>
                <title>{point.label}</title>
              </circle>
            </a>
          );
        })}
      </g>
    </svg>
  );
}
