// Contested claims grouped into propositions: claims linked by "contradicts" stand side by side.
import { h, words } from './dom.js';

function groups(claims) {
  const parent = new Map(claims.map((c) => [c.id, c.id]));
  const find = (id) => {
    while (parent.get(id) !== id) id = parent.get(id);
    return id;
  };
  for (const c of claims) {
    for (const other of c.contradicts || []) {
      if (parent.has(other)) parent.set(find(other), find(c.id));
    }
  }
  const byRoot = new Map();
  for (const c of claims) {
    const root = find(c.id);
    if (!byRoot.has(root)) byRoot.set(root, []);
    byRoot.get(root).push(c);
  }
  return [...byRoot.values()];
}

function title(group) {
  const withPlace = group.find((c) => c.place) || group[0];
  const place = withPlace.place ? withPlace.place.name : 'unplaced';
  const kinds = [...new Set(group.map((c) => words(c.kind)))].join(' / ');
  return `${place}: ${kinds}`;
}

function claimCard(c) {
  return h('div', { class: `claim stance-${c.stance}` },
    h('div', { class: 'claimant' }, c.claimant, c.side ? h('span', { class: 'side' }, c.side) : null),
    h('div', { class: 'stance' }, c.stance, ' ', words(c.kind), c.extent ? ` (${c.extent})` : ''),
    h('blockquote', {}, c.text),
    h('div', { class: 'claim-meta' },
      c.outlet || 'unknown outlet', ' · ', c.published || c.from || 'undated',
      c.documentId ? [' · ', h('a', { href: `/documents/${encodeURIComponent(c.documentId)}` }, 'read')] : null));
}

export function renderContested(container, claims) {
  container.replaceChildren();
  const list = groups(claims);
  if (list.length === 0) {
    container.append(h('p', { class: 'status' }, 'No contested claims.'));
    return 0;
  }
  for (const group of list) {
    container.append(h('article', { class: 'proposition' },
      h('h3', {}, title(group)),
      h('div', { class: 'sides' }, group.map(claimCard))));
  }
  return list.length;
}
