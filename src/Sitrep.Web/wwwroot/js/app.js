// The page: filters -> /api/events -> map, list and timeline; /api/claims?contested=true -> the claims panel.
import { getJson } from './dom.js';
import { addBasemap } from './basemap.js';
import { renderEvents, renderTypeLegend } from './events.js';
import { renderTimeline } from './timeline.js';
import { renderContested } from './claims.js';

const FIELDS = ['type', 'place', 'from', 'to'];
const $ = (id) => document.getElementById(id);

const map = L.map('map', { worldCopyJump: false, minZoom: 2 }).setView([48.6, 33.5], 6);
const markers = L.featureGroup().addTo(map);
window.sitrepMap = map; // for the console and the browser tests
let fitted = false;

function readForm() {
  const form = new FormData($('filters'));
  return Object.fromEntries(FIELDS.map((f) => [f, (form.get(f) || '').trim()]));
}

function writeForm(filters) {
  for (const f of FIELDS) $(`filter-${f}`).value = filters[f] || '';
}

function query(filters, keys) {
  const params = new URLSearchParams();
  for (const k of keys) if (filters[k]) params.set(k, filters[k]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function load() {
  const filters = readForm();
  history.replaceState(null, '', `${location.pathname}${query(filters, FIELDS)}`);
  const status = $('status');
  status.textContent = 'Loading…';
  try {
    // The timeline ignores the date filter so that every day stays clickable.
    const [events, undated] = await Promise.all([
      getJson(`/api/events${query(filters, FIELDS)}`),
      getJson(`/api/events${query(filters, ['type', 'place'])}`),
    ]);
    renderEvents(map, markers, events, $('event-list'));
    renderTimeline($('timeline'), $('timeline-title'), undated, filters, pickRange);
    $('event-count').textContent = String(events.length);
    status.textContent = events.length ? '' : 'No events match these filters.';
    if (!fitted && markers.getLayers().length > 0) {
      map.fitBounds(markers.getBounds(), { padding: [60, 60], maxZoom: 7, animate: false });
      fitted = true;
    }
  } catch (error) {
    status.textContent = `Could not load events: ${error.message}`;
  }
}

// Clicking the selected bar again clears the date filter.
function pickRange(from, to) {
  const filters = readForm();
  const same = filters.from === from && filters.to === to;
  writeForm({ ...filters, from: same ? '' : from, to: same ? '' : to });
  load();
}

async function loadClaims() {
  try {
    const claims = await getJson('/api/claims?contested=true');
    $('claim-count').textContent = String(renderContested($('contested'), claims));
  } catch (error) {
    $('contested').textContent = `Could not load claims: ${error.message}`;
  }
}

renderTypeLegend($('legend'), $('filter-type'));
writeForm(Object.fromEntries(new URLSearchParams(location.search)));
$('filters').addEventListener('submit', (e) => {
  e.preventDefault();
  load();
});
$('filter-reset').addEventListener('click', () => {
  writeForm({});
  load();
});
addBasemap(map).catch((error) => {
  $('status').textContent = `Could not draw the base map: ${error.message}`;
});
load();
loadClaims();
