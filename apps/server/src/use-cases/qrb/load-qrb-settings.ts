import { resolveQrbSettings, type TQrbSettings, type TQrbSettingsOverrides } from '@ecq/core';
import { getQrbSettingsRow, type TDatabase, type TQrbSettingsRow } from '@ecq/db';

export interface TLoadedQrbSettings {
  readonly row: TQrbSettingsRow;
  /** The deployment's overrides as stored. */
  readonly overrides: TQrbSettingsOverrides;
  /** The defaults of POLICY.md §2 with the overrides applied. */
  readonly settings: TQrbSettings;
}

/** The deployment's QRB settings (POLICY.md §2: the medium-confidence numbers and the decision rule are settings). */
export async function loadQrbSettings(db: TDatabase): Promise<TLoadedQrbSettings> {
  const row = await getQrbSettingsRow(db);
  const overrides = row.settings as TQrbSettingsOverrides;
  return { row, overrides, settings: resolveQrbSettings(overrides) };
}
