/** Levels in order of severity; `silent` writes nothing, for tests and tools. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
type EventLevel = Exclude<LogLevel, 'silent'>;

/** Values a log line may carry: plain JSON only, so nothing (a request, a cookie jar) is logged by accident. */
export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

export interface Logger {
  debug: (msg: string, fields?: LogFields) => void;
  info: (msg: string, fields?: LogFields) => void;
  warn: (msg: string, fields?: LogFields) => void;
  error: (msg: string, fields?: LogFields) => void;
}

export interface LoggerOptions {
  level: LogLevel;
  /** Where each line goes; by default stdout, with warnings and errors on stderr. */
  write?: (line: string, level: EventLevel) => void;
  now?: () => Date;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
const RESERVED = new Set(['time', 'level', 'msg']);

function writeToProcess(line: string, level: EventLevel): void {
  (level === 'warn' || level === 'error' ? process.stderr : process.stdout).write(line);
}

/**
 * One JSON object per line (time, level, msg, then the event's fields), which log collectors
 * read without a parser of their own and which a stack trace cannot spread over several lines.
 */
export function createLogger({ level, write = writeToProcess, now = () => new Date() }: LoggerOptions): Logger {
  const at = (eventLevel: EventLevel) => (msg: string, fields: LogFields = {}) => {
    if (RANK[eventLevel] < RANK[level]) return;
    const event: Record<string, unknown> = { time: now().toISOString(), level: eventLevel, msg };
    // A field named like the envelope would make the line lie about when or how bad it was.
    for (const [key, value] of Object.entries(fields)) if (!RESERVED.has(key) && value !== undefined) event[key] = value;
    write(`${JSON.stringify(event)}\n`, eventLevel);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export const silentLogger: Logger = createLogger({ level: 'silent' });

/** The fields that describe an unexpected error, stack included: what an operator needs to find the bug. */
export function errorFields(error: unknown): LogFields {
  if (error instanceof Error) return { error: error.message, errorName: error.name, stack: error.stack };
  return { error: String(error) };
}
