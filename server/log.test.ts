import { describe, expect, it } from 'vitest';
import { createLogger, errorFields, type LogLevel } from './log';

function recording(level: LogLevel) {
  const written: { line: string; level: string }[] = [];
  const logger = createLogger({ level, write: (line, at) => written.push({ line, level: at }), now: () => new Date('2022-05-11T09:00:00Z') });
  return { logger, written };
}

describe('the logger', () => {
  it('writes each event as one JSON line: time, level, message, then its fields', () => {
    const { logger, written } = recording('info');

    logger.info('request', { method: 'GET', status: 200, cached: false, missing: undefined });

    expect(written).toEqual([
      { line: '{"time":"2022-05-11T09:00:00.000Z","level":"info","msg":"request","method":"GET","status":200,"cached":false}\n', level: 'info' },
    ]);
  });

  it.each<[LogLevel, string[]]>([
    ['debug', ['debug', 'info', 'warn', 'error']],
    ['info', ['info', 'warn', 'error']],
    ['warn', ['warn', 'error']],
    ['error', ['error']],
    ['silent', []],
  ])('at %s writes %j', (level, expected) => {
    const { logger, written } = recording(level);

    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');

    expect(written.map((entry) => entry.level)).toEqual(expected);
  });

  it('keeps a multi-line stack on its one line, and lets no field pass for the time, level or message', () => {
    const { logger, written } = recording('debug');
    const error = new Error('broken');

    logger.error('unexpected error', { ...errorFields(error), level: 'debug', msg: 'all fine', time: 'yesterday' });

    expect(written).toHaveLength(1);
    expect(written[0]?.line.trimEnd()).not.toContain('\n');
    expect(JSON.parse(written[0]?.line ?? '')).toMatchObject({
      time: '2022-05-11T09:00:00.000Z',
      level: 'error',
      msg: 'unexpected error',
      error: 'broken',
      stack: error.stack,
    });
  });
});
