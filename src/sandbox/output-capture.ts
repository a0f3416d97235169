/** How much of a stream's end is kept apart from the capped head, for the out-of-memory markers that come last. */
const TAIL_BYTES = 4096;

/**
 * Captures one output stream: keeps the first `capBytes`, counts the rest without storing it (the pipe must still be
 * drained, or the program would block until the wall clock kills it), and remembers the last few KiB.
 */
export class CappedBuffer {
  private readonly chunks: Buffer[] = [];
  private stored = 0;
  private tailBuffer = Buffer.alloc(0);
  /** Every byte received, stored or not. */
  total = 0;

  constructor(private readonly capBytes: number) {}

  push(chunk: Buffer): void {
    this.total += chunk.length;
    if (this.stored < this.capBytes) {
      const part = chunk.subarray(0, this.capBytes - this.stored);
      this.chunks.push(part);
      this.stored += part.length;
    }
    this.tailBuffer = Buffer.concat([this.tailBuffer, chunk.subarray(-TAIL_BYTES)]).subarray(-TAIL_BYTES);
  }

  get truncated(): boolean {
    return this.total > this.stored;
  }

  /** The stored head, decoded (a character cut by the cap becomes U+FFFD). */
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }

  /** The last bytes received, decoded. */
  tail(): string {
    return this.tailBuffer.toString('utf8');
  }
}

/** Longest partial line kept while waiting for its newline; longer ones are program output, not report lines. */
const MAX_PENDING_LINE = 1024 * 1024;

/**
 * Splits marked report lines out of a stream. A line containing `marker` is a report line: the text before the marker
 * stays output (a program may have left a line unfinished), the text after it is the report. Report lines have their
 * own cap, so a flood of program output cannot push the harness's report out.
 */
export class MarkedLineSplitter {
  private readonly marker: Buffer;
  private pending = Buffer.alloc(0);
  private reportBytes = 0;
  readonly reportLines: string[] = [];
  reportTruncated = false;

  constructor(
    marker: string,
    private readonly output: (chunk: Buffer) => void,
    private readonly maxReportBytes: number,
  ) {
    this.marker = Buffer.from(marker, 'utf8');
  }

  push(chunk: Buffer): void {
    let data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    let newline = data.indexOf(0x0a);
    while (newline >= 0) {
      this.line(data.subarray(0, newline + 1));
      data = data.subarray(newline + 1);
      newline = data.indexOf(0x0a);
    }
    if (data.length > MAX_PENDING_LINE) {
      // Flush all but a marker's length, in case a marker is split across this boundary.
      const keep = this.marker.length - 1;
      this.output(data.subarray(0, data.length - keep));
      data = data.subarray(data.length - keep);
    }
    this.pending = Buffer.from(data);
  }

  /** Call once the stream has ended: an unterminated last line is handled like a full one. */
  end(): void {
    if (this.pending.length > 0) this.line(this.pending);
    this.pending = Buffer.alloc(0);
  }

  private line(line: Buffer): void {
    const at = line.indexOf(this.marker);
    if (at < 0) {
      this.output(line);
      return;
    }
    if (at > 0) this.output(line.subarray(0, at));
    const report = line.subarray(at + this.marker.length).toString('utf8').trim();
    this.reportBytes += report.length;
    if (this.reportBytes > this.maxReportBytes) {
      this.reportTruncated = true;
      return;
    }
    this.reportLines.push(report);
  }
}
