// vi-VN formats as official documents print them: 2.287; 113,1%; 24/01/2024. Vietnamese collation for names.

const numberFormat = new Intl.NumberFormat('vi-VN');
export const collator = new Intl.Collator('vi', { sensitivity: 'base' });

export function number(n) {
  return n === null || n === undefined ? '—' : numberFormat.format(n);
}

/** "2024-01-24" → "24/01/2024". */
export function date(iso) {
  if (!iso) return '—';
  const [y, m, d] = String(iso).slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** "2024-01-24T03:04:05Z" → "24/01/2024 10:04" in the browser's time zone. */
export function dateTime(iso) {
  if (!iso) return '—';
  const t = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${pad(t.getDate())}/${pad(t.getMonth() + 1)}/${t.getFullYear()} ${pad(t.getHours())}:${pad(t.getMinutes())}`;
}

/** Sorts objects by a name in Vietnamese order. */
export function byName(items, key = 'name') {
  return [...items].sort((a, b) => collator.compare(a[key] || '', b[key] || ''));
}

/** Removes Vietnamese diacritics and case, for searching ("Nậm" → "nam"). */
export function fold(text) {
  return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .toLowerCase();
}

const percentFormat = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A percentage value (113.1) → "113,1%"; a dash when there is none. */
export function percent(n) {
  return n === null || n === undefined ? '—' : `${percentFormat.format(n)}%`;
}
