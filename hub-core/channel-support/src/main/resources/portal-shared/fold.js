// Search that ignores Vietnamese diacritics and case, as citizens type on phones without a
// Vietnamese keyboard: "tan an" finds "Tân An", "duong" finds "đường". Decomposes (NFD), drops
// the combining marks, and maps đ/Đ (a letter of its own, not a mark) to d.

/** The text folded for comparison: lower case, no marks, đ → d, spaces squeezed. */
export function fold(text) {
  return String(text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The items whose folded name holds every word of the query, best first: a name that is the
 * query after its kind word ("Phường Tân An" for "tan an"), then names with a word starting
 * the query, then the rest, each group in the list's order.
 */
export function search(items, query, nameOf = (item) => item.name) {
  const q = fold(query);
  if (!q) {
    return items.slice();
  }
  const words = q.split(' ');
  const scored = [];
  items.forEach((item, index) => {
    const name = fold(nameOf(item));
    if (!words.every((w) => name.includes(w))) {
      return;
    }
    let rank = 2;
    if (name === q || name.endsWith(` ${q}`)) {
      rank = 0;
    } else if (name.startsWith(q) || name.includes(` ${q}`)) {
      rank = 1;
    }
    scored.push({ item, rank, index });
  });
  scored.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return scored.map((s) => s.item);
}
