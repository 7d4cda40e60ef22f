import { z } from 'zod';
import { isCustomsCode, usccProblem } from '../rules/identifiers';

/**
 * Settings and the machine-wide policy (issue 9). A setting's value comes from one of three
 * places, in this order of strength: the policy file when it locks the setting, the user's own
 * choice, the policy's value (a machine-wide default the user may change), the built-in default.
 * The overview shows each setting with the place its value came from.
 */

export const Language = z.enum(['zh-CN', 'en']);
export type Language = z.infer<typeof Language>;

export const UpdateChannel = z.enum(['stable', 'beta']);
export type UpdateChannel = z.infer<typeof UpdateChannel>;

/** China customs: a 10-character customs registration code or an 18-character unified social credit code. */
export const EnterpriseCode = z
  .string()
  .max(18)
  .refine((code) => isCustomsCode(code) || usccProblem(code) === null, {
    message: 'a 10-character customs code or an 18-character USCC with a valid check character',
  });

/** A proxy for the app's own HTTP traffic (gateway, updates): `http://host:port`, or `direct`. */
export const ProxySetting = z.union([z.literal('direct'), z.url({ protocol: /^https?$/ }).max(500)]);

/** A version to stay on (x.y.z, optional pre-release), set only by policy. */
export const PinnedVersion = z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/).max(50);

/** The per-profile preferences the UI edits with settings.update (the sync ones go through sync.configure). */
export const SettingsSchema = z.object({
  language: Language,
  /** Filled into new declarations as the declaring unit (申报单位) when set. */
  enterpriseCode: EnterpriseCode.nullable(),
  updatesEnabled: z.boolean(),
  updateChannel: UpdateChannel,
  /**
   * The generic update feed (the firm's gateway `/v1/updates/<enterprise>/` or any web server); null:
   * none configured. http(s) only: electron-updater downloads with Electron's net, which has no file://.
   */
  updateUrl: z.url({ protocol: /^https?$/ }).max(500).nullable(),
  proxy: ProxySetting.nullable(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const SettingsPatchSchema = SettingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/** Every key the overview lists, the policy can set and the policy can lock. */
export const settingKeys = [
  'language',
  'enterpriseCode',
  'gatewayUrl',
  'impPath',
  'syncChannel',
  'autoSend',
  'updatesEnabled',
  'updateChannel',
  'updateUrl',
  'pinVersion',
  'proxy',
] as const;
export const SettingKey = z.enum(settingKeys);
export type SettingKey = z.infer<typeof SettingKey>;

/**
 * The policy file (`%ProgramData%\Clearway\policy.json`, `/Library/Application Support/Clearway/policy.json`,
 * `/etc/clearway/policy.json`). Strict: a misspelt key is reported, not ignored.
 */
export const PolicySchema = z
  .object({
    $comment: z.string().max(2000).optional(),
    language: Language.optional(),
    enterpriseCode: EnterpriseCode.optional(),
    gatewayUrl: z.url({ protocol: /^https?$/ }).max(500).optional(),
    impPath: z.string().min(1).max(1000).optional(),
    syncChannel: z.enum(['gateway', 'transfer-folder']).optional(),
    autoSend: z.boolean().optional(),
    updatesEnabled: z.boolean().optional(),
    updateChannel: UpdateChannel.optional(),
    updateUrl: z.url({ protocol: /^https?$/ }).max(500).optional(),
    pinVersion: PinnedVersion.optional(),
    proxy: ProxySetting.optional(),
    locked: z.array(SettingKey).max(settingKeys.length).optional(),
  })
  .strict();
export type Policy = z.infer<typeof PolicySchema>;

export const SettingSource = z.enum(['default', 'policy', 'user']);
export type SettingSource = z.infer<typeof SettingSource>;

export const SettingValue = z.union([z.string(), z.boolean(), z.null()]);
export type SettingValue = z.infer<typeof SettingValue>;

export const SettingEntrySchema = z.object({
  key: SettingKey,
  value: SettingValue,
  source: SettingSource,
  /** Locked by policy: the UI shows a lock and refuses changes (settings.update / sync.configure answer SETTING_LOCKED). */
  locked: z.boolean(),
});
export type SettingEntry = z.infer<typeof SettingEntrySchema>;

export const PolicyProblemSchema = z.object({
  /** The policy key at fault, or '' when the file as a whole cannot be read. */
  key: z.string(),
  messageZh: z.string(),
  messageEn: z.string(),
});
export type PolicyProblem = z.infer<typeof PolicyProblemSchema>;

export const PolicyReportSchema = z.object({
  path: z.string(),
  /** absent: no file (nothing applied); ok: applied; invalid: the keys named in problems were not applied. */
  state: z.enum(['absent', 'ok', 'invalid']),
  problems: z.array(PolicyProblemSchema),
});
export type PolicyReport = z.infer<typeof PolicyReportSchema>;

export const SettingsOverviewSchema = z.object({
  entries: z.array(SettingEntrySchema),
  policy: PolicyReportSchema,
});
export type SettingsOverview = z.infer<typeof SettingsOverviewSchema>;

/** The built-in defaults: what a setting is when neither the policy nor the user has set it. */
export const defaultSettings: Settings = {
  language: 'zh-CN',
  enterpriseCode: null,
  updatesEnabled: true,
  updateChannel: 'stable',
  updateUrl: null,
  proxy: null,
};
