import { afterEach, describe, expect, it, vi } from 'vitest';
import { paint, paintSeverities, table, useColour } from '../../src/cli/_internal/output.js';
import { forTerminal, visible } from '../../src/cli/_internal/terminal.js';

describe('CLI output', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('colours only a terminal, and never with NO_COLOR or a dumb terminal', () => {
    vi.stubEnv('NO_COLOR', '');
    vi.stubEnv('TERM', 'xterm-256color');
    expect(useColour({ isTTY: true })).toBe(true);
    expect(useColour({ isTTY: false })).toBe(false);
    expect(useColour({})).toBe(false);
    vi.stubEnv('NO_COLOR', '1');
    expect(useColour({ isTTY: true })).toBe(false);
    vi.stubEnv('NO_COLOR', '');
    vi.stubEnv('TERM', 'dumb');
    expect(useColour({ isTTY: true })).toBe(false);
  });

  it('colours the severity words of a report, and nothing when off', () => {
    const report = 'Plan\n  error    tally.mismatch  x\n  warning  a.b  y\n  info     c.d  z\n';
    expect(paintSeverities(false, report)).toBe(report);
    expect(paintSeverities(true, report)).toBe(
      'Plan\n  \u001b[31merror\u001b[0m    tally.mismatch  x\n  \u001b[33mwarning\u001b[0m  a.b  y\n  \u001b[36minfo\u001b[0m     c.d  z\n',
    );
  });

  it('aligns table columns, numbers to the right', () => {
    expect(
      table(
        [
          ['Rec', 'left'],
          ['Days', 'right'],
        ],
        [
          ['1', '240'],
          ['10', '7'],
        ],
      ),
    ).toBe('Rec  Days\n---  ----\n1     240\n10      7');
  });

  it('escapes every control character of a value, the line break included', () => {
    expect(visible('a\u001b[1A\u001b[2Kb\u001b]0;t\u0007\u009b\u202e\u2066\t\n\r\u007f\u0000')).toBe(
      'a\\x1b[1A\\x1b[2Kb\\x1b]0;t\\x07\\x9b\\u202e\\u2066\\t\\n\\r\\x7f\\x00',
    );
    expect(visible('Head of Safety, ‘Ünïcode’ שלום')).toBe('Head of Safety, ‘Ünïcode’ שלום');
  });

  it('keeps the line breaks of a report and the colours the command writes, and escapes the rest', () => {
    const report = `${paint(true, 'bold', 'plan.json')}\nT\u001b[31mitle\u001b]8;;x\u0007\n`;
    expect(forTerminal(report)).toBe('\u001b[1mplan.json\u001b[0m\nT\u001b[31mitle\\x1b]8;;x\\x07\n');
  });
});
