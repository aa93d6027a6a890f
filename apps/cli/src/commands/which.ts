import type { Command } from 'commander';
import { PROCESSES, isProcess, parseCalendarDate, policyFor, type TPolicyAnswer, type TPolicySettings } from '@ecq/core';
import type { TCliIo } from '../cli-io';
import { formatJson } from '../output/json';
import { buildPolicySettings, createFollowOption, FOLLOW_ENV } from '../policy-settings';

interface TWhichOptions {
  readonly follow?: readonly string[];
  readonly json?: boolean;
}

export function presentPolicyAnswer(answer: TPolicyAnswer, settings: TPolicySettings) {
  const { rule } = answer;
  return {
    process: answer.process,
    on: answer.on,
    pack: { id: answer.pack.id, title: answer.pack.model.title },
    effectiveFrom: rule.from,
    basis: rule.basis,
    source: { citation: rule.source.citation, policyRef: rule.source.policyRef, confidence: rule.source.confidence },
    reason: answer.reason,
    choice: answer.choice ? { group: answer.choice.group, chosen: answer.choice.chosen, others: answer.choice.others } : null,
    settings: { alternatives: settings.alternatives ?? {} },
  };
}

export function registerWhichCommand(program: Command, io: TCliIo): void {
  program
    .command('which')
    .description('say which competency model governs a process on a date, and why')
    .argument('<process>', `the process: ${PROCESSES.join(', ')}`)
    .argument('<date>', 'the date that decides (YYYY-MM-DD): a hiring action\'s initiation, a plan\'s start')
    .addOption(createFollowOption())
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nThe first line of output is the pack id alone, for scripts; the reason follows.\n' +
        `${FOLLOW_ENV}=<pack-id>[,<pack-id>...] sets the followed alternatives for the deployment.\n\n` +
        'Examples:\n  ecq which hiring 2025-07-01\n  ecq which hiring 2025-06-01 --follow ecq-2025-may',
    )
    .action((process: string, date: string, options: TWhichOptions) => {
      // The process is checked first, by policyFor; the date is parsed here so an error names `date`.
      const on = isProcess(process) ? parseCalendarDate(date, 'date') : date;
      const settings = buildPolicySettings({ follow: options.follow, env: io.env });
      const answer = policyFor({ process, on, settings });
      if (options.json === true) {
        io.stdout(formatJson(presentPolicyAnswer(answer, settings)));
        return;
      }
      io.stdout(`${answer.pack.id}\n${answer.reason}\n`);
    });
}
