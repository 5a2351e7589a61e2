// Small DOM helpers: every text goes in as a text node, never as HTML.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export const TYPES = {
  battles: { label: 'Battles', color: '#d62728' },
  explosions_remote_violence: { label: 'Explosions / remote violence', color: '#ff7f0e' },
  violence_against_civilians: { label: 'Violence against civilians', color: '#9467bd' },
  protests: { label: 'Protests', color: '#2ca02c' },
  riots: { label: 'Riots', color: '#8c564b' },
  strategic_developments: { label: 'Strategic developments', color: '#1f77b4' },
};

export const colorOf = (type) => (TYPES[type] || { color: '#555' }).color;

export const labelOf = (type) => (TYPES[type] || { label: type }).label;

export const words = (snake) => (snake || '').replaceAll('_', ' ');

export function dateRange(from, to) {
  if (!from) return 'date unknown';
  return !to || to === from ? from : `${from} – ${to}`;
}

export function sourceLine(source) {
  const via = source.via && source.via.length ? ` via ${source.via.join(' → ')}` : '';
  const medium = source.medium ? ` (${source.medium})` : '';
  return `${source.name}${medium}${via}`;
}

export async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = body && (body.detail || body.title) ? body.detail || body.title : response.statusText;
    const errors = body && body.errors ? Object.values(body.errors).flat().join(' ') : '';
    throw new Error(`${detail} ${errors}`.trim());
  }
  return body;
}
