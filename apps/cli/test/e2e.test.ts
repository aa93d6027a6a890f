import { describe, expect, test } from 'vitest';
import { expectInOrder, spawnCli } from './helpers';

/**
 * The real command in a child process, as a person runs it (`npm run ecq -- …` runs
 * `node --import tsx apps/cli/src/main.ts`). Each spawn costs about half a second, so the detailed cases
 * run in-process (commands.test.ts) and these check what only a real process shows: output streams, exit
 * codes, the environment and the installed shim.
 */
describe.concurrent('ecq, spawned', () => {
  test('show ecq-2025 lists the 25 sub-competencies in memo order and the totals', async () => {
    const { stdout, stderr, exitCode } = await spawnCli(['show', 'ecq-2025']);
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
    expectInOrder(stdout, [
      'Leading Change', 'Innovation', 'Agility', 'Resilience', 'Strategic Thinking', 'Vision', 'Systems Thinking',
      'Leading People', 'Managing Conflict', 'Fostering Diversity', 'Developing Others', 'Building Teams', 'Interpersonal Skills', 'Building Workforce Culture',
      'Driving Results', 'Accountability', 'Customer Service', 'Decisiveness', 'Problem Solving', 'Data Literacy',
      'Achieving Organizational Success', 'Fiscal Responsibility', 'Managing Human Resources', 'Leveraging Technology',
      'Building Coalitions', 'Partnering', 'Political Savvy', 'Influencing/Negotiating', 'External Awareness', 'Strategic Communication',
      '5 ECQs, 25 sub-competencies',
    ]);
    expect(stdout).toMatch(/^BC\.4 +External Awareness +high +no$/m);
    expect(stdout).toContain('OPM said detailed definitions would be released after validation');
  });

  test('show ecq-2006 --fundamentals adds the six fundamentals', async () => {
    const { stdout, exitCode } = await spawnCli(['show', 'ecq-2006', '--fundamentals']);
    expect(exitCode).toBe(0);
    expectInOrder(stdout, [
      'Fundamental competencies',
      'Interpersonal Skills', 'Oral Communication', 'Integrity/Honesty', 'Written Communication', 'Continual Learning', 'Public Service Motivation',
      '5 ECQs, 22 sub-competencies, 6 fundamental competencies',
    ]);
    expect(stdout).toMatch(/^FC\.6 +Public Service Motivation/m);
  });

  test('crosswalk ecq-2006 ecq-2025: moved, removed, the five new items and the counts', async () => {
    const { stdout, exitCode } = await spawnCli(['crosswalk', 'ecq-2006', 'ecq-2025']);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^LC\.2 +External Awareness +moved +BC\.4 +External Awareness +high +External Awareness moves/m);
    expect(stdout).toMatch(/^RD\.4 +Entrepreneurship +removed +- +- +high +Entrepreneurship is not in the 2025 model$/m);
    expect(stdout).toMatch(/^RD +Results Driven +renamed +DR +Driving Results/m);
    const news = stdout.slice(stdout.indexOf('New in ecq-2025'));
    expectInOrder(news, ['Systems Thinking', 'Interpersonal Skills', 'Building Workforce Culture', 'Data Literacy', 'Strategic Communication']);
    expect(news.split('\n').filter((line) => /^[A-Z]+\.\d/.test(line))).toHaveLength(5);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('All links: 14 same, 10 renamed, 1 moved, 5 new, 5 removed, 3 related');
  });

  test.each([
    ['hiring', '2025-06-30', 'ecq-2006'],
    ['hiring', '2025-07-01', 'ecq-2025'],
    ['appraisal', '2025-09-30', 'ecq-2006'],
    ['appraisal', '2025-10-01', 'ecq-2025'],
  ])('which %s %s → %s, alone on the first line, then the reason', async (process, date, packId) => {
    const { stdout, stderr, exitCode } = await spawnCli(['which', process, date]);
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
    const [first, reason, ...rest] = stdout.split('\n');
    expect(first).toBe(packId);
    expect(reason).toMatch(new RegExp(`^${packId} governs ${process} on ${date}: .+\\[POLICY\\.md §1`));
    expect(rest).toEqual(['']);
  });

  test('--follow ecq-2025-may switches which hiring 2025-06-01', async () => {
    const { stdout, exitCode } = await spawnCli(['which', 'hiring', '2025-06-01', '--follow', 'ecq-2025-may']);
    expect(exitCode).toBe(0);
    expect(stdout.split('\n')[0]).toBe('ecq-2025-may');
    expect(stdout).toContain('this deployment follows ecq-2025-may rather than ecq-2025');
  });

  test('ECQ_FOLLOW does the same from the environment, and --json parses', async () => {
    const { stdout, exitCode } = await spawnCli(['which', 'hiring', '2025-06-01', '--json'], { env: { ECQ_FOLLOW: 'ecq-2025-may' } });
    expect(exitCode).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ pack: { id: 'ecq-2025-may' }, settings: { alternatives: { 'ecq-2025': 'ecq-2025-may' } } });
  });

  test('without a setting, hiring on 2025-06-01 is still the 2006 model', async () => {
    const { stdout } = await spawnCli(['which', 'hiring', '2025-06-01']);
    expect(stdout.split('\n')[0]).toBe('ecq-2006');
  });

  test('models --json parses and lists the three packs', async () => {
    const { stdout, exitCode } = await spawnCli(['models', '--json', '--on', '2025-07-01']);
    expect(exitCode).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.models.map((m: { id: string; status: { text: string } }) => [m.id, m.status.text])).toEqual([
      ['ecq-2006', 'in force (appraisal, development)'],
      ['ecq-2025', 'in force (hiring)'],
      ['ecq-2025-may', 'alternative, not selected (deployment follows ecq-2025)'],
    ]);
    expect(stdout.endsWith('}\n')).toBe(true);
    expect(stdout).toContain('\n  "models": [\n');
  });

  test('an unknown model: exit 3, one line on stderr, nothing on stdout', async () => {
    const { stdout, stderr, exitCode } = await spawnCli(['show', 'ecq-1999']);
    expect(exitCode).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toBe('ecq: model: no model "ecq-1999"; known models: ecq-2006, ecq-2025, ecq-2025-may\n');
  });

  test('an impossible date: exit 2', async () => {
    const { stderr, exitCode } = await spawnCli(['which', 'hiring', '2025-02-30']);
    expect(exitCode).toBe(2);
    expect(stderr).toBe('ecq: date must be a real calendar date written YYYY-MM-DD; got "2025-02-30"\n');
  });

  test('an unknown process: exit 2', async () => {
    const { stderr, exitCode } = await spawnCli(['which', 'promotion', '2025-07-01']);
    expect(exitCode).toBe(2);
    expect(stderr).toBe('ecq: process must be one of hiring, appraisal, development; got "promotion"\n');
  });

  test('an unknown command: exit 2 with Commander\'s message and a suggestion', async () => {
    const { stdout, stderr, exitCode } = await spawnCli(['shwo', 'ecq-2025']);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain("ecq: unknown command 'shwo'");
    expect(stderr).toContain('(Did you mean show?)');
  });

  test('--help documents the commands, the environment and the exit codes', async () => {
    const { stdout, exitCode } = await spawnCli(['--help']);
    expect(exitCode).toBe(0);
    expectInOrder(stdout, ['Usage: ecq', 'models', 'show', 'crosswalk', 'which', 'export', 'import', 'ECQ_FOLLOW', 'Exit codes:']);
    expect(stdout).toMatch(/^ {2}3 {2}not found/m);
  });

  test('the installed bin shim runs the same command', async () => {
    const { stdout, exitCode } = await spawnCli(['which', 'hiring', '2025-07-01'], { viaBin: true });
    expect(exitCode).toBe(0);
    expect(stdout.split('\n')[0]).toBe('ecq-2025');
  });
});
