// Events per day as a bar chart (per week or month when the range is long); clicking a bar filters to its days.
import { h } from './dom.js';

const DAY = 86_400_000;
const MAX_DAY_BARS = 120;
const MAX_WEEK_BARS = 120;

const toDay = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
const isoOf = (ms) => new Date(ms).toISOString().slice(0, 10);

// The bucket holding a day: [first day, last day] as epoch ms.
const BUCKETS = {
  day: (ms) => [ms, ms],
  week: (ms) => {
    const monday = ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY;
    return [monday, monday + 6 * DAY];
  },
  month: (ms) => {
    const d = new Date(ms);
    return [Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)];
  },
};

function unitFor(first, last) {
  const days = Math.round((last - first) / DAY) + 1;
  if (days <= MAX_DAY_BARS) return 'day';
  return days / 7 <= MAX_WEEK_BARS ? 'week' : 'month';
}

// An event counts in the bucket of the day it started (long ranges would otherwise flood the chart).
function buckets(events) {
  const starts = events.filter((e) => e.from).map((e) => toDay(e.from));
  if (starts.length === 0) return { unit: 'day', bars: [] };
  const unit = unitFor(Math.min(...starts), Math.max(...starts));
  const counts = new Map();
  for (const ms of starts) {
    const key = BUCKETS[unit](ms)[0];
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  const bars = [];
  let [start, end] = BUCKETS[unit](Math.min(...starts));
  const last = Math.max(...starts);
  while (start <= last) {
    bars.push({ from: isoOf(start), to: isoOf(end), count: counts.get(start) || 0 });
    [start, end] = BUCKETS[unit](end + DAY);
  }
  return { unit, bars };
}

export function renderTimeline(container, heading, events, selected, onPick) {
  container.replaceChildren();
  const { unit, bars } = buckets(events);
  heading.textContent = `Events per ${unit}`;
  if (bars.length === 0) {
    container.append(h('p', { class: 'status' }, 'No dated events.'));
    return;
  }
  const max = Math.max(...bars.map((b) => b.count));
  bars.forEach((bar, i) => {
    const n = bar.count;
    const label = unit === 'day' ? bar.from : `${bar.from} – ${bar.to}`;
    const inRange = selected.from && selected.to && bar.from >= selected.from && bar.to <= selected.to;
    const tick = i === 0 || i === bars.length - 1 || (unit === 'day' && bar.from.endsWith('-01'));
    container.append(h('button', {
      type: 'button',
      class: `day${n ? '' : ' empty'}${inRange ? ' selected' : ''}`,
      'data-day': bar.from,
      'data-to': bar.to,
      'data-count': n,
      title: `${label}: ${n} event${n === 1 ? '' : 's'}`,
      'aria-label': `${label}: ${n} events`,
      onclick: () => onPick(bar.from, bar.to),
    },
    n ? h('span', { class: 'bar', style: `height:${Math.max(8, Math.round((n / max) * 100))}%` }) : null,
    tick ? h('span', { class: 'tick' }, unit === 'month' ? bar.from.slice(0, 7) : bar.from.slice(5)) : null));
  });
}
