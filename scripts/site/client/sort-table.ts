/**
 * Tables with sortable columns: a button in each sortable heading sorts the
 * rows by that column's data-sort values, ascending then descending, and
 * aria-sort says which way.
 */
export function setUpSortableTables(): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('table.sortable')) {
    const headings = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    headings.forEach((heading, column) => {
      const type = heading.dataset['sortType'];
      const button = heading.querySelector('button');
      if (!type || !button) return;
      button.addEventListener('click', () => {
        const ascending = heading.getAttribute('aria-sort') !== 'ascending';
        for (const other of headings) if (other.hasAttribute('aria-sort')) other.setAttribute('aria-sort', 'none');
        heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const body = table.tBodies[0]!;
        const valueOf = (row: HTMLTableRowElement) => row.cells[column]?.dataset['sort'] ?? '';
        const compare = type === 'number'
          ? (a: HTMLTableRowElement, b: HTMLTableRowElement) => Number(valueOf(a)) - Number(valueOf(b))
          : (a: HTMLTableRowElement, b: HTMLTableRowElement) => valueOf(a).localeCompare(valueOf(b));
        const rows = [...body.rows].sort((a, b) => (ascending ? compare(a, b) : compare(b, a)));
        body.append(...rows);
      });
    });
  }
}
