import * as z from 'zod/mini';
import { createLogger, type Logger, type LogLevel } from './log';

const logEventSchema = z.looseObject({ time: z.string(), level: z.string(), msg: z.string() });
export type LogEvent = z.infer<typeof logEventSchema>;

export interface CapturedLogs {
  logger: Logger;
  /** Each line exactly as written, for checking what never appears in any of them. */
  lines: string[];
  /** Each line read back as JSON, failing if one is not a log event. */
  events: () => LogEvent[];
  /** The first event, already written or still to come, that the predicate accepts. */
  waitFor: (predicate: (event: LogEvent) => boolean) => Promise<LogEvent>;
}

/**
 * A logger that keeps what it writes, for tests that assert what an operator would see: the same
 * formatting as the real one, without the process's stdout.
 */
export function captureLogs(level: LogLevel = 'debug'): CapturedLogs {
  const lines: string[] = [];
  const waiting: { predicate: (event: LogEvent) => boolean; resolve: (event: LogEvent) => void }[] = [];
  const parse = (line: string) => logEventSchema.parse(JSON.parse(line));
  const logger = createLogger({
    level,
    write: (line) => {
      lines.push(line);
      const event = parse(line);
      for (const waiter of [...waiting]) {
        if (!waiter.predicate(event)) continue;
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(event);
      }
    },
  });
  return {
    logger,
    lines,
    events: () => lines.map(parse),
    waitFor: (predicate) => {
      const seen = lines.map(parse).find(predicate);
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve) => waiting.push({ predicate, resolve }));
    },
  };
}
