/** What a merge has done so far: the id each copy row has in the vault, and the counts the mentor is told. */
export class MergeState {
  /** Per table: the copy's local id -> the vault's. */
  readonly ids = new Map<string, Map<unknown, number>>();
  readonly added = new Map<string, number>();
  readonly skipped = new Map<string, number>();
  /** Records both hold with different values (the vault's stay). */
  differing = 0;
  /** Free text the copy held for such records, to keep where the mentor sees it. */
  readonly kept: KeptText[] = [];
  /** References to a row of a table merged later (the milestone <-> evidence cycle), set at the end. */
  readonly later: { table: string; idColumn: string; id: number; column: string; parent: string; copyParent: unknown }[] = [];

  idsOf(table: string): Map<unknown, number> {
    let map = this.ids.get(table);
    if (!map) this.ids.set(table, (map = new Map()));
    return map;
  }

  count(which: 'added' | 'skipped', table: string, by = 1): void {
    const map = which === 'added' ? this.added : this.skipped;
    map.set(table, (map.get(table) ?? 0) + by);
  }
}

export interface KeptText {
  table: string;
  /** The vault row the text belongs to. */
  id: number;
  column: string;
  text: string;
}
