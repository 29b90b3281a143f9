import { describe, expect, it } from 'vitest';
import { cli, runNode, type Run } from '../support/runBuilt.js';

const JSON_FILE = 'examples/data/sfo-annual-report-2024-25.json';
const CLOCK = new URL('../support/fixedClock.mjs', import.meta.url).href;

/** Runs the built command with its clock fixed at `now`, in a host zone (UTC unless given). */
function cliAt(now: string, args: readonly string[], zone = 'UTC'): Run {
  return runNode(['--import', CLOCK, 'dist/cli.js', ...args], {
    env: { ACTION_PLAN_TEST_NOW: now, TZ: zone },
  });
}

/** The date a command took for `--as-of today`, as its JSON output says it. */
function today(now: string, command: string, extra: readonly string[] = [], zone?: string): string {
  const run = cliAt(now, [command, JSON_FILE, '--as-of', 'today', '--format', 'json', ...extra], zone);
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as { asOf: string }).asOf;
}

const SUMMER_NIGHT = '2026-07-14T23:30:00Z'; // 00:30 on 15 July in London (BST, UTC+1)
const WINTER_NIGHT = '2026-01-14T23:30:00Z'; // 23:30 on 14 January in London (GMT)

describe('--as-of today', () => {
  it('is the date in Europe/London: after 23:00 UTC in summer, already the next day', () => {
    for (const command of ['check', 'tally', 'overdue']) {
      expect(today(SUMMER_NIGHT, command), command).toBe('2026-07-15');
      expect(today('2026-07-14T22:59:00Z', command), command).toBe('2026-07-14');
    }
  });

  it('is the date in Europe/London: in winter, the same day as in UTC until midnight', () => {
    for (const command of ['check', 'tally', 'overdue']) {
      expect(today(WINTER_NIGHT, command), command).toBe('2026-01-14');
      expect(today('2026-01-15T00:00:00Z', command), command).toBe('2026-01-15');
    }
  });

  it('does not depend on the zone of the machine the command runs on', () => {
    for (const host of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Apia']) {
      expect(today(SUMMER_NIGHT, 'overdue', [], host), host).toBe('2026-07-15');
      expect(today(WINTER_NIGHT, 'overdue', [], host), host).toBe('2026-01-14');
    }
  });

  it('is the date in the zone --zone names', () => {
    expect(today(SUMMER_NIGHT, 'overdue', ['--zone', 'UTC'])).toBe('2026-07-14');
    expect(today(SUMMER_NIGHT, 'check', ['--zone', 'America/New_York'])).toBe('2026-07-14');
    expect(today(WINTER_NIGHT, 'tally', ['--zone', 'Pacific/Kiritimati'])).toBe('2026-01-15');
    expect(today(WINTER_NIGHT, 'overdue', ['--zone=Europe/Paris'])).toBe('2026-01-15');
  });

  it('is the day the timeline picture of convert is drawn as of', () => {
    const asOfLine = (now: string, extra: readonly string[] = []): string | undefined => {
      const run = cliAt(now, ['convert', JSON_FILE, '--to', 'svg', '--as-of', 'today', ...extra]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      return /<text[^>]*>As of ([^<]+)<\/text>/.exec(run.stdout)?.[1];
    };
    expect(asOfLine(SUMMER_NIGHT)).toBe('15 Jul 2026');
    expect(asOfLine(SUMMER_NIGHT, ['--zone', 'UTC'])).toBe('14 Jul 2026');
    expect(asOfLine(WINTER_NIGHT)).toBe('14 Jan 2026');
  });

  it('reaches the text reports', () => {
    const run = cliAt(SUMMER_NIGHT, ['overdue', JSON_FILE, '--as-of', 'today']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('overdue as of 2026-07-15:');
  });
});

describe('--zone', () => {
  it.each([
    ['an unknown zone', ['overdue', JSON_FILE, '--as-of', 'today', '--zone', 'Europe/Londres'], 'Europe/Londres'],
    [
      'an abbreviation, which would be another place (BST is Bangladesh)',
      ['overdue', JSON_FILE, '--as-of', 'today', '--zone', 'BST'],
      'BST',
    ],
    ['a fixed offset', ['check', JSON_FILE, '--as-of', 'today', '--zone', '+01:00'], '+01:00'],
    [
      'an unknown zone with a written date',
      ['tally', JSON_FILE, '--as-of', '2026-11-26', '--zone', 'Europe/Atlantis'],
      'Europe/Atlantis',
    ],
    ['an unknown zone without --as-of', ['check', JSON_FILE, '--zone', 'Mars/Olympus'], 'Mars/Olympus'],
  ])('refuses %s with one line, exit 2', (_, args, zone) => {
    const run = cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `action-plan: --zone must be an IANA time zone name such as Europe/London (received ${zone})\n`,
    );
  });

  it('changes nothing when --as-of is a written date', () => {
    const args = ['overdue', JSON_FILE, '--as-of', '2026-11-26', '--format', 'json'];
    const plain = cli(args);
    expect(cli([...args, '--zone', 'Pacific/Kiritimati']).stdout).toBe(plain.stdout);
    expect(JSON.parse(plain.stdout).asOf).toBe('2026-11-26');
  });

  it('needs a value, and is an option of convert too, which takes --as-of for its picture', () => {
    expect(cli(['overdue', JSON_FILE, '--as-of', 'today', '--zone']).stderr).toBe(
      "action-plan: option '--zone <zone>' argument missing\n",
    );
    const convert = cli(['convert', JSON_FILE, '--to', 'json', '--zone', 'UTC']);
    expect([convert.code, convert.stderr]).toEqual([0, '']);
    expect(convert.stdout).toBe(cli(['convert', JSON_FILE, '--to', 'json']).stdout);
    const unknown = cli(['convert', JSON_FILE, '--to', 'json', '--zone', 'Europe/Londres']);
    expect([unknown.code, unknown.stdout]).toEqual([2, '']);
  });

  it('is in the help of the commands that take --as-of, with its default', () => {
    for (const command of ['check', 'tally', 'overdue', 'convert']) {
      const help = cli([command, '--help']).stdout.replace(/\s+/g, ' ');
      expect(help, command).toContain('--zone <zone> with --as-of today, the time zone whose date it is');
      expect(help, command).toContain('(default: "Europe/London")');
    }
  });
});
