// An answer read from the database once and kept until the store's next write (which drops it):
// the shared entity records, the table counts.

export class KeptRead<T> {
  private kept: Promise<T> | null = null;

  constructor(private readonly read: () => Promise<T>) {}

  /** The kept answer, read now if none is kept; a failed read is not kept, so the next call reads again. */
  get(): Promise<T> {
    if (!this.kept) {
      const answer = this.read();
      answer.catch(() => this.kept === answer && (this.kept = null));
      this.kept = answer;
    }
    return this.kept;
  }

  drop(): void {
    this.kept = null;
  }
}
