// Event markers with popups, and the event list beside the map.
import { h, TYPES, colorOf, labelOf, words, dateRange, sourceLine } from './dom.js';

const readLink = (id, text) => h('a', { href: `/documents/${encodeURIComponent(id)}` }, text);

// Documents that report the event but are not linked from one of its sources.
function otherDocuments(event) {
  const linked = new Set((event.sources || []).map((s) => s.documentId).filter(Boolean));
  const ids = new Set(event.documents || []);
  for (const e of event.evidence || []) if (e.documentId) ids.add(e.documentId);
  return [...ids].filter((id) => !linked.has(id));
}

function sourceItem(s) {
  return h('li', {}, sourceLine(s), s.published ? ` · ${s.published}` : '', s.documentId ? [' · ', readLink(s.documentId, 'read')] : null);
}

function popup(event) {
  const loc = event.location;
  const others = otherDocuments(event);
  return h('div', { class: 'popup' },
    h('div', { class: 'popup-type', style: `border-color:${colorOf(event.type)}` },
      h('strong', {}, labelOf(event.type)), ' · ', words(event.subtype)),
    h('div', {}, h('b', {}, 'When: '), dateRange(event.from, event.to)),
    loc && h('div', {}, h('b', {}, 'Where: '), loc.name, loc.detail ? ` (${loc.detail})` : '', `, ${loc.country}`,
      h('small', {}, ` precision ${loc.precision}`)),
    event.actors && event.actors.length > 0 && h('div', {}, h('b', {}, 'Actors: '),
      event.actors.map((a) => `${a.name}${a.side ? ` [${a.side}]` : ''} (${a.role})`).join('; ')),
    event.outcome && h('div', {}, h('b', {}, 'Outcome: '), event.outcome),
    h('div', {}, h('b', {}, 'Sources:'),
      h('ul', { class: 'sources' }, (event.sources || []).map(sourceItem))),
    h('div', {}, h('b', {}, 'Confidence: '), Number(event.confidence).toFixed(2)),
    others.length > 0 && h('div', { class: 'docs' }, h('b', {}, 'Also in: '),
      others.map((id, i) => [i > 0 ? ', ' : '', readLink(id, `document ${i + 1}`)])));
}

// Events at the same place are drawn on a small ring around it so that each stays clickable.
function spread(events) {
  const byPlace = new Map();
  for (const e of events) {
    if (!e.location) continue;
    const key = `${e.location.lat},${e.location.lon}`;
    if (!byPlace.has(key)) byPlace.set(key, []);
    byPlace.get(key).push(e);
  }
  const at = new Map();
  for (const group of byPlace.values()) {
    group.forEach((e, i) => {
      const { lat, lon } = e.location;
      if (group.length === 1) {
        at.set(e, [lat, lon]);
        return;
      }
      const angle = (2 * Math.PI * i) / group.length;
      const r = 0.04 + 0.004 * group.length;
      at.set(e, [lat + r * Math.sin(angle) * 0.7, lon + r * Math.cos(angle)]);
    });
  }
  return at;
}

// The list stays short enough to scroll; the map shows every event.
const MAX_LIST = 500;

export function renderEvents(map, layer, events, listEl) {
  layer.clearLayers();
  listEl.replaceChildren();
  const markers = new Map();
  const positions = spread(events);
  for (const event of events) {
    const loc = event.location;
    if (loc) {
      const marker = L.circleMarker(positions.get(event), {
        radius: 7,
        color: '#222',
        weight: 1,
        fillColor: colorOf(event.type),
        fillOpacity: 0.85,
        className: `event-marker type-${event.type}`,
      }).bindPopup(() => popup(event), { maxWidth: 360 });
      marker.bindTooltip(`${labelOf(event.type)} · ${loc.name} · ${dateRange(event.from, event.to)}`);
      layer.addLayer(marker);
      markers.set(event.id, marker);
    }
    if (listEl.childElementCount >= MAX_LIST) continue;
    listEl.append(h('li', {
      class: 'event-item',
      'data-id': event.id,
      onclick: () => {
        const marker = markers.get(event.id);
        if (marker) {
          map.panTo(marker.getLatLng());
          marker.openPopup();
        }
      },
    },
    h('span', { class: 'dot', style: `background:${colorOf(event.type)}` }),
    h('span', { class: 'event-main' }, h('strong', {}, loc ? loc.name : 'no location'), ' ', words(event.subtype)),
    h('span', { class: 'event-date' }, dateRange(event.from, event.to))));
  }
  if (events.length > MAX_LIST) {
    listEl.append(h('li', { class: 'more' }, `… and ${events.length - MAX_LIST} more on the map; narrow the filters to list them.`));
  }
  labelPlaces(layer, events);
  return markers;
}

// With few distinct places, name them on the map (the base map has no labels of its own).
const MAX_LABELS = 40;

function labelPlaces(layer, events) {
  const places = new Map();
  for (const e of events) if (e.location) places.set(e.location.geonameId, e.location);
  if (places.size > MAX_LABELS) return;
  for (const loc of places.values()) {
    layer.addLayer(L.tooltip({ permanent: true, direction: 'right', offset: [8, 0], className: 'place-label', interactive: false })
      .setLatLng([loc.lat, loc.lon])
      .setContent(loc.name));
  }
}

export function renderTypeLegend(listEl, select) {
  for (const [type, { label, color }] of Object.entries(TYPES)) {
    listEl.append(h('li', {}, h('span', { class: 'dot', style: `background:${color}` }), label));
    select.append(h('option', { value: type }, label));
  }
}
