// Progress output for long CLI work: live bars on a terminal, a line per quarter otherwise
// (CI logs and pipes should not fill with carriage returns).

import cliProgress from "cli-progress";
/** A step of long work: a load phase, or e.g. "extract" while ingesting. */
export interface Progress {
  phase: string;
  done: number;
  total: number;
}

export type ProgressSink = ((p: Progress) => void) & { stop(): void };

export function progressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressSink {
  return stream.isTTY ? barReporter(stream) : lineReporter(stream);
}

function barReporter(stream: NodeJS.WriteStream): ProgressSink {
  const bars = new cliProgress.MultiBar(
    { stream, format: " {phase} [{bar}] {value}/{total} ({percentage}%)", hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  const byPhase = new Map<string, cliProgress.SingleBar>();
  const sink = (p: Progress): void => {
    let bar = byPhase.get(p.phase);
    if (!bar) {
      bar = bars.create(Math.max(p.total, 1), 0, { phase: p.phase.padEnd(9) });
      byPhase.set(p.phase, bar);
    }
    bar.setTotal(Math.max(p.total, 1));
    bar.update(p.done);
  };
  return Object.assign(sink, { stop: () => bars.stop() });
}

function lineReporter(stream: NodeJS.WriteStream): ProgressSink {
  const lastQuarter = new Map<string, number>();
  const sink = (p: Progress): void => {
    const quarter = p.total === 0 ? 4 : Math.floor((4 * p.done) / p.total);
    if ((lastQuarter.get(p.phase) ?? -1) >= quarter) return;
    lastQuarter.set(p.phase, quarter);
    stream.write(`${p.phase}: ${p.done}/${p.total}\n`);
  };
  return Object.assign(sink, { stop: () => undefined });
}
