import type { Command } from 'commander';
import { ecqsOf, fundamentalsOf, getPack, subsOf, type TCompetency, type TCompetencyModel } from '@ecq/core';
import type { TCliIo } from '../cli-io';
import { formatJson } from '../output/json';
import { formatTable, type TTableColumn } from '../output/table';
import { countOf, wrapText } from '../output/text';

interface TShowOptions {
  readonly fundamentals?: boolean;
  readonly descriptions?: boolean;
  readonly json?: boolean;
}

export interface TCompetencyView {
  readonly code: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string;
  readonly confidence: string;
  readonly isProvisional: boolean;
}

function presentCompetency(item: TCompetency): TCompetencyView {
  return {
    code: item.code,
    name: item.name,
    aliases: item.aliases,
    description: item.description,
    confidence: item.source.confidence,
    isProvisional: item.isProvisional,
  };
}

/** The JSON of `ecq show`: the whole model, fundamentals included whatever the flags, so its shape is fixed. */
export function presentModel(model: TCompetencyModel) {
  const ecqs = ecqsOf(model);
  const fundamentals = fundamentalsOf(model);
  return {
    id: model.id,
    title: model.title,
    version: model.version,
    issuedOn: model.issuedOn,
    publisher: model.publisher,
    description: model.description,
    definitionsNote: model.definitionsNote,
    source: { citation: model.source.citation, policyRef: model.source.policyRef, confidence: model.source.confidence },
    totals: { ecqs: ecqs.length, subCompetencies: subsOf(model).length, fundamentals: fundamentals.length },
    ecqs: ecqs.map((ecq) => ({ ...presentCompetency(ecq), subCompetencies: subsOf(model, ecq.code).map(presentCompetency) })),
    fundamentals: fundamentals.map(presentCompetency),
  };
}

function competencyTable(rows: readonly { item: TCompetency; depth: number }[], withDescriptions: boolean): string {
  const columns: TTableColumn[] = [
    { header: 'CODE' },
    { header: 'NAME' },
    { header: 'ALIASES' },
    { header: 'CONFIDENCE' },
    { header: 'PROVISIONAL' },
    ...(withDescriptions ? [{ header: 'DESCRIPTION' }] : []),
  ];
  return formatTable(
    columns,
    rows.map(({ item, depth }) => [
      item.code,
      '  '.repeat(depth) + item.name,
      item.aliases.join('; '),
      item.source.confidence,
      item.isProvisional ? 'yes' : 'no',
      ...(withDescriptions ? [item.description] : []),
    ]),
  );
}

export function registerShowCommand(program: Command, io: TCliIo): void {
  program
    .command('show')
    .description('show a competency model: its ECQs and their sub-competencies')
    .argument('<model-id>', 'a model id, e.g. ecq-2025 (see `ecq models`)')
    .option('--fundamentals', 'also list the fundamental competencies, judged across the whole narrative')
    .option('--descriptions', 'add each item\'s description')
    .option('--json', 'print JSON (always the whole model)')
    .addHelpText('after', '\nExamples:\n  ecq show ecq-2025\n  ecq show ecq-2006 --fundamentals --descriptions')
    .action((modelId: string, options: TShowOptions) => {
      const { model } = getPack(modelId);
      if (options.json === true) {
        io.stdout(formatJson(presentModel(model)));
        return;
      }
      const withDescriptions = options.descriptions === true;
      const ecqs = ecqsOf(model);
      const subs = subsOf(model);
      const fundamentals = fundamentalsOf(model);
      io.stdout(`${model.title} [${model.id}]\n`);
      io.stdout(`version ${model.version}, issued ${model.issuedOn} by ${model.publisher}\n`);
      io.stdout(`source: ${model.source.citation} [${model.source.policyRef}, ${model.source.confidence} confidence]\n`);
      if (withDescriptions) io.stdout(`${wrapText(model.description)}\n`);
      io.stdout('\n');
      const rows = ecqs.flatMap((ecq) => [{ item: ecq, depth: 0 }, ...subsOf(model, ecq.code).map((sub) => ({ item: sub, depth: 1 }))]);
      io.stdout(competencyTable(rows, withDescriptions));

      const totals = [countOf(ecqs.length, 'ECQ'), countOf(subs.length, 'sub-competency', 'sub-competencies')];
      if (options.fundamentals === true) {
        io.stdout('\nFundamental competencies (judged across the whole narrative, not per ECQ)\n');
        if (fundamentals.length === 0) {
          io.stdout(`${model.id} has no fundamental competencies.\n`);
          totals.push('no fundamental competencies');
        } else {
          io.stdout(competencyTable(fundamentals.map((item) => ({ item, depth: 0 })), withDescriptions));
          totals.push(countOf(fundamentals.length, 'fundamental competency', 'fundamental competencies'));
        }
      }
      io.stdout(`\n${totals.join(', ')}\n`);
      io.stdout(`\nNote: ${wrapText(model.definitionsNote, 94).replace(/\n/g, '\n      ')}\n`);
    });
}
