// The order search uses between equal scores (shorter name first, then id) as one integer per
// entity ordinal, so ranking thousands of equal matches compares integers, kept up to date on
// upsert without sorting everything again.

/** What the tie order reads of an entity. */
export interface TieKey {
  id: string;
  nameLength: number;
}

/** The shorter name first (the closer fit), then the id, so equal scores keep a stable order. */
export function byNameLengthThenId(a: TieKey, b: TieKey): number {
  return a.nameLength - b.nameLength || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Above this many changed entities an upsert sorts again instead of placing each (n steps each). */
const RESORT_ABOVE = 64;

export class TieOrder {
  /** place[ordinal]: its position in byNameLengthThenId order among placed ordinals. */
  private place: Int32Array | null = null;
  /** Ordinals below this have a place (unless listed in `unplaced` during an update). */
  private placedCount = 0;

  constructor(private readonly keys: readonly TieKey[]) {}

  /** Places per ordinal, built by one sort on first use. */
  places(): Int32Array {
    if (this.place) return this.place;
    const order = this.keys.map((_, o) => o).sort((a, b) => byNameLengthThenId(this.keys[a]!, this.keys[b]!));
    const place = new Int32Array(Math.max(16, this.keys.length * 2));
    order.forEach((ordinal, at) => (place[ordinal] = at));
    this.placedCount = this.keys.length;
    return (this.place = place);
  }

  /** After the keys of these ordinals changed or were added (at the end): places them again. */
  update(ordinals: readonly number[]): void {
    if (!this.place) return;
    const changed = [...new Set(ordinals)];
    if (changed.length > RESORT_ABOVE) {
      this.place = null;
      return;
    }
    if (this.keys.length > this.place.length) {
      const grown = new Int32Array(this.keys.length * 2);
      grown.set(this.place);
      this.place = grown;
    }
    const unplaced = new Uint8Array(this.keys.length);
    for (const o of changed) if (o < this.placedCount) this.takeOut(o, unplaced);
    this.placedCount = this.keys.length;
    for (const o of changed) unplaced[o] = 1;
    for (const o of changed) this.putIn(o, unplaced);
  }

  /** Removes ordinal o from the order, closing the gap it leaves. */
  private takeOut(o: number, unplaced: Uint8Array): void {
    const place = this.place!;
    const old = place[o]!;
    unplaced[o] = 1;
    for (let p = 0; p < this.placedCount; p++) if (!unplaced[p] && place[p]! > old) place[p]!--;
  }

  /** Inserts ordinal o among the placed ordinals by its current key. */
  private putIn(o: number, unplaced: Uint8Array): void {
    const place = this.place!;
    const key = this.keys[o]!;
    unplaced[o] = 0;
    let at = 0;
    for (let p = 0; p < this.placedCount; p++)
      if (p !== o && !unplaced[p] && byNameLengthThenId(this.keys[p]!, key) < 0) at++;
    for (let p = 0; p < this.placedCount; p++) if (p !== o && !unplaced[p] && place[p]! >= at) place[p]!++;
    place[o] = at;
  }
}
