/** The keys of rows by some of their fields: a key of one text field as itself, any other as its JSON (no string is made per row for the usual key). */
export class RowKeys {
  private readonly texts = new Set<string>();
  private readonly jsons = new Set<string>();

  constructor(rows: readonly Record<string, unknown>[], fields: readonly string[]) {
    // Indexed, no iterator: a key is gathered once a row, mostly before the engine has optimised this.
    for (let index = 0; index < rows.length; index += 1) {
      const row = rows[index]!;
      const value = row[fields[0]!];
      if (fields.length === 1 && typeof value === 'string') this.texts.add(value);
      else this.jsons.add(JSON.stringify(fields.map((field) => row[field])));
    }
  }

  has(row: Record<string, unknown>, fields: readonly string[]): boolean {
    const value = row[fields[0]!];
    return fields.length === 1 && typeof value === 'string' ? this.texts.has(value) : this.jsons.has(JSON.stringify(fields.map((field) => row[field])));
  }
}
