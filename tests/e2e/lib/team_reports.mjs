// Report files of the real role for the Team page's tests and its benchmark:
// deterministic, most items rated, some notes, a manager's review on every
// fourth item and one earlier snapshot, so every figure of the page has data.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './browser.mjs';

const ROLE = JSON.parse(fs.readFileSync(path.join(repoRoot, 'content/roles/staff-backend-engineer.json'), 'utf8'));
const RATED = new Set(ROLE.assessment.rated_kinds);
export const RATED_ITEMS = ROLE.sections.flatMap((s) => (s.groups || []).flatMap((g) => g.items || []))
  .filter((item) => RATED.has(item.kind)).map((item) => item.id);

// The `index`-th person's report as text; `snapshots` earlier snapshots.
export function teamReport(person, index, snapshots = 1) {
  const level = (i) => (index * 7 + i * 3) % 5;
  const ratings = {};
  const levels = {};
  const entries = {};
  RATED_ITEMS.forEach((id, i) => {
    if ((i + index) % 9 === 0) return;  // not rated
    ratings[id] = { level: level(i) };
    if (i % 3 === 0) ratings[id].note = `${person} on ${id}: <b>shipped</b> & "measured"`;
    levels[id] = Math.max(0, level(i) - 1);
    if (i % 4 === 0) entries[id] = { level: (level(i) + 1 + (index % 3)) % 5, comment: 'seen in reviews' };
  });
  const taken = Array.from({ length: snapshots }, (_, s) => {
    const day = String(1 + s).padStart(2, '0');
    return { id: `snap-2026-01-${day}-1`, label: `Week ${s + 1}`, taken_at: `2026-01-${day}T10:00:00Z`, target: 'staff', levels, goals: {} };
  });
  return JSON.stringify({
    format: 'role-explorer/report', schema_version: 2, redacted: false,
    role: { id: 'staff-backend-engineer', content_version: ROLE.content_version, title: ROLE.title },
    person: { name: person }, target: index % 4 === 0 ? 'senior' : 'staff', ratings, goals: {},
    snapshots: taken, review: { reviewer: 'Morgan Manager', entries },
  }, null, 2);
}

// Drops `files` ([name, text] pairs) on the page as a person does: File objects
// in one DataTransfer, on a drop event.
export async function dropFiles(page, files) {
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const [name, text] of list) data.items.add(new File([text], name, { type: 'application/json' }));
    document.querySelector('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files);
}
