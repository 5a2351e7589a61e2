// Events per day as a bar chart; clicking a day asks the page to show only that day.
import { h } from './dom.js';

const DAY = 86_400_000;

const toDay = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
const isoOf = (ms) => new Date(ms).toISOString().slice(0, 10);

// An event counts on the day it started (events with a long range would otherwise flood the chart).
export function countByDay(events) {
  const counts = new Map();
  for (const e of events) if (e.from) counts.set(e.from, (counts.get(e.from) || 0) + 1);
  return counts;
}

export function renderTimeline(container, events, selected, onPick) {
  container.replaceChildren();
  const counts = countByDay(events);
  if (counts.size === 0) {
    container.append(h('p', { class: 'status' }, 'No dated events.'));
    return;
  }
  const days = [...counts.keys()].map(toDay);
  const first = Math.min(...days);
  const last = Math.max(...days);
  const max = Math.max(...counts.values());
  const span = Math.min(Math.round((last - first) / DAY) + 1, 400);
  for (let i = 0; i < span; i++) {
    const day = isoOf(first + i * DAY);
    const n = counts.get(day) || 0;
    const inRange = selected.from && selected.to && day >= selected.from && day <= selected.to;
    container.append(h('button', {
      type: 'button',
      class: `day${n ? '' : ' empty'}${inRange ? ' selected' : ''}`,
      'data-day': day,
      'data-count': n,
      title: `${day}: ${n} event${n === 1 ? '' : 's'}`,
      'aria-label': `${day}: ${n} events`,
      onclick: () => onPick(day),
    },
    n ? h('span', { class: 'bar', style: `height:${Math.max(8, Math.round((n / max) * 100))}%` }) : null,
    (i === 0 || i === span - 1 || day.endsWith('-01')) ? h('span', { class: 'tick' }, day.slice(5)) : null));
  }
}
