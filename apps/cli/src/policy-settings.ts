import { Option } from 'commander';
import { parseFollowList, settingsFromFollowedPacks, type TPolicyPack, type TPolicySettings } from '@ecq/core';

/** Environment variable naming the alternative packs this deployment follows, comma-separated. */
export const FOLLOW_ENV = 'ECQ_FOLLOW';

/** `--follow <pack-id>`, repeatable, collected into a list. */
export function createFollowOption(): Option {
  return new Option(
    '--follow <pack-id>',
    `follow this alternative pack in its group, e.g. ecq-2025-may (repeatable; overrides ${FOLLOW_ENV})`,
  ).argParser((value: string, previous: readonly string[] | undefined) => [...(previous ?? []), value]);
}

/**
 * The deployment's policy settings from `ECQ_FOLLOW` and `--follow`: each followed pack is chosen for its
 * alternative group (POLICY.md §1: the January and May 2025 models compete for the same period). Flags
 * override the environment group by group.
 * @throws AppError `UNKNOWN_MODEL` for an unknown pack, `VALIDATION_FAILED` for a pack that is not an
 * alternative or two packs followed in one group.
 */
export function buildPolicySettings(input: {
  readonly follow: readonly string[] | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly packs?: readonly TPolicyPack[];
}): TPolicySettings {
  return settingsFromFollowedPacks({
    lists: [
      { field: FOLLOW_ENV, ids: parseFollowList(input.env[FOLLOW_ENV]) },
      { field: '--follow', ids: input.follow ?? [] },
    ],
    ...(input.packs === undefined ? {} : { packs: input.packs }),
  });
}
