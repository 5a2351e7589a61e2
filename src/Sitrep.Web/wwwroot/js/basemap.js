// Country outlines drawn from a bundled TopoJSON file: the map needs no tile server.

const ANTARCTICA = '010';

// Rings that cross the antimeridian jump by ~360 degrees; shift the rest of the ring so it stays continuous.
function unwrapRing(ring) {
  let shift = 0;
  return ring.map(([lon, lat], i) => {
    if (i > 0) {
      const step = lon - ring[i - 1][0];
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
    }
    return [lon + shift, lat];
  });
}

function unwrap(geometry) {
  if (!geometry) return geometry;
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  if (geometry.type === 'MultiPolygon') {
    return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)) };
  }
  return geometry;
}

export async function addBasemap(map) {
  const response = await fetch('/vendor/worldatlas/countries-50m.json');
  const topology = await response.json();
  const countries = topojson.feature(topology, topology.objects.countries);
  const features = countries.features
    .filter((f) => f.id !== ANTARCTICA)
    .map((f) => ({ ...f, geometry: unwrap(f.geometry) }));
  map.createPane('basemap').style.zIndex = 200;
  const layer = L.geoJSON({ type: 'FeatureCollection', features }, {
    pane: 'basemap',
    interactive: false,
    style: { color: '#8d99a6', weight: 0.7, fillColor: '#f3f0e8', fillOpacity: 1 },
  });
  layer.addTo(map);
  map.attributionControl.addAttribution('Borders: Natural Earth (world-atlas)');
  return layer;
}
