import { Option, type Command } from 'commander';
import {
  CROSSWALK_LINK_KINDS,
  getCrosswalk,
  getPack,
  type TCompetency,
  type TCrosswalk,
  type TCrosswalkLink,
  type TCrosswalkLinkKind,
} from '@ecq/core';
import type { TCliIo } from '../cli-io';
import { formatJson } from '../output/json';
import { formatTable } from '../output/table';

interface TCrosswalkOptions {
  readonly kind?: TCrosswalkLinkKind;
  readonly json?: boolean;
}

function itemRef(item: TCompetency | undefined): { code: string; name: string } | null {
  return item === undefined ? null : { code: item.code, name: item.name };
}

/**
 * The links of a crosswalk in reading order: each source item's fate in the source model's order, then the
 * target items marked `new` in the target model's order.
 */
export function orderLinks(crosswalk: TCrosswalk): { fates: TCrosswalkLink[]; news: TCrosswalkLink[] } {
  const fromOrder = new Map(crosswalk.fromModel.items.map((item, i) => [item.id, i]));
  const toOrder = new Map(crosswalk.toModel.items.map((item, i) => [item.id, i]));
  const position = (order: Map<string, number>, item: TCompetency | undefined) => (item ? (order.get(item.id) ?? 0) : 0);
  return {
    fates: crosswalk.links.filter((l) => l.kind !== 'new').sort((a, b) => position(fromOrder, a.from) - position(fromOrder, b.from)),
    news: crosswalk.links.filter((l) => l.kind === 'new').sort((a, b) => position(toOrder, a.to) - position(toOrder, b.to)),
  };
}

/** How many links of each kind, every kind listed, in the canonical order. */
export function countLinks(crosswalk: TCrosswalk): Record<TCrosswalkLinkKind, number> {
  const counts = Object.fromEntries(CROSSWALK_LINK_KINDS.map((kind) => [kind, 0])) as Record<TCrosswalkLinkKind, number>;
  for (const link of crosswalk.links) counts[link.kind] += 1;
  return counts;
}

export function presentCrosswalk(crosswalk: TCrosswalk, kind: TCrosswalkLinkKind | undefined) {
  const { fates, news } = orderLinks(crosswalk);
  return {
    id: crosswalk.id,
    title: crosswalk.title,
    from: { id: crosswalk.fromModel.id, title: crosswalk.fromModel.title },
    to: { id: crosswalk.toModel.id, title: crosswalk.toModel.title },
    source: { citation: crosswalk.source.citation, policyRef: crosswalk.source.policyRef, confidence: crosswalk.source.confidence },
    kind: kind ?? null,
    links: [...fates, ...news]
      .filter((l) => kind === undefined || l.kind === kind)
      .map((l) => ({ kind: l.kind, from: itemRef(l.from), to: itemRef(l.to), confidence: l.confidence, note: l.note ?? null })),
    counts: countLinks(crosswalk),
  };
}

export function registerCrosswalkCommand(program: Command, io: TCliIo): void {
  program
    .command('crosswalk')
    .description('show what became of each item of one model in another (same, renamed, moved, removed, related, new)')
    .argument('<from>', 'source model id, e.g. ecq-2006')
    .argument('<to>', 'target model id, e.g. ecq-2025')
    .addOption(new Option('--kind <kind>', 'show only links of this kind').choices(CROSSWALK_LINK_KINDS))
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  ecq crosswalk ecq-2006 ecq-2025\n  ecq crosswalk ecq-2006 ecq-2025 --kind renamed')
    .action((from: string, to: string, options: TCrosswalkOptions) => {
      getPack(from, undefined, 'from');
      getPack(to, undefined, 'to');
      const crosswalk = getCrosswalk(from, to);
      const { kind } = options;
      if (options.json === true) {
        io.stdout(formatJson(presentCrosswalk(crosswalk, kind)));
        return;
      }
      const { fates, news } = orderLinks(crosswalk);
      io.stdout(`${crosswalk.title}\n`);
      io.stdout(`${crosswalk.fromModel.id} (${crosswalk.fromModel.title}) → ${crosswalk.toModel.id} (${crosswalk.toModel.title})\n`);
      io.stdout(`source: ${crosswalk.source.citation} [${crosswalk.source.policyRef}, ${crosswalk.source.confidence} confidence]\n`);

      if (kind !== 'new') {
        const shown = fates.filter((l) => kind === undefined || l.kind === kind);
        io.stdout(`\nWhat became of each item of ${crosswalk.fromModel.id}${kind === undefined ? '' : ` (only ${kind})`}\n`);
        io.stdout(
          shown.length === 0
            ? `no ${kind ?? ''} links\n`
            : formatTable(
                [
                  { header: 'FROM' },
                  { header: 'NAME' },
                  { header: 'FATE' },
                  { header: 'TO' },
                  { header: `NAME IN ${crosswalk.toModel.id.toUpperCase()}` },
                  { header: 'CONFIDENCE' },
                  { header: 'NOTE' },
                ],
                shown.map((l) => [l.from?.code ?? '-', l.from?.name ?? '-', l.kind, l.to?.code ?? '-', l.to?.name ?? '-', l.confidence, l.note ?? '']),
              ),
        );
      }
      if (kind === undefined || kind === 'new') {
        io.stdout(`\nNew in ${crosswalk.toModel.id}\n`);
        io.stdout(
          news.length === 0
            ? 'nothing new\n'
            : formatTable(
                [{ header: 'CODE' }, { header: 'NAME' }, { header: 'CONFIDENCE' }, { header: 'NOTE' }],
                news.map((l) => [l.to?.code ?? '-', l.to?.name ?? '-', l.confidence, l.note ?? '']),
              ),
        );
      }
      const counts = countLinks(crosswalk);
      io.stdout(`\nAll links: ${CROSSWALK_LINK_KINDS.map((k) => `${counts[k]} ${k}`).join(', ')}\n`);
    });
}
