import { settingLabels as l } from '../../../shared/settings/labels';
import type { settingsZh } from './settings-zh';

type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

/** English for settings-zh.ts; the type makes a missing or extra key a compile error. */
export const settingsEn: Translation<typeof settingsZh> = {
  generalSettings: {
    intro: "Every setting's current value and where it comes from. Settings locked by your administrator's policy cannot be changed here.",
    listLabel: 'Settings',
    columns: { setting: 'Setting', value: 'Value', source: 'Source' },
    labels: {
      language: l.language.en,
      enterpriseCode: l.enterpriseCode.en,
      gatewayUrl: l.gatewayUrl.en,
      impPath: l.impPath.en,
      syncChannel: l.syncChannel.en,
      autoSend: l.autoSend.en,
      updatesEnabled: l.updatesEnabled.en,
      updateChannel: l.updateChannel.en,
      updateUrl: l.updateUrl.en,
      pinVersion: l.pinVersion.en,
      proxy: l.proxy.en,
    },
    sources: { default: 'default', policy: 'policy', user: 'user' },
    sourceHints: {
      default: "The program's built-in value",
      policy: "From this PC's administrator policy",
      user: 'Your choice in this profile',
    },
    locked: "Locked by your administrator's policy",
    notSet: '(not set)',
    on: 'On',
    off: 'Off',
    channels: { gateway: 'Enterprise gateway', 'transfer-folder': 'Transfer client folder' },
    updateChannels: { stable: 'Stable', beta: 'Beta' },
    inSyncSection: 'Change it in "Submission channel" below',
    policyOnly: "Set only by the administrator's policy",
    save: 'Save',
    saved: 'Saved "{{label}}"',
    clearHint: "Save an empty field to go back to the policy's or the built-in value.",
    enterpriseCodeHint: 'A 10-character customs code or an 18-character USCC; filled in as the declarant of new declarations.',
    updateUrlHint: 'https://gateway/v1/updates/<enterprise code>/ or another web server (not file://)',
    proxyHint: 'direct (no proxy) or http://proxy:port',
    errors: {
      enterpriseCodeLength: 'Enterprise code: must be a 10-character customs code or an 18-character USCC (this one has {{count}}).',
      enterpriseCodeCharacters: 'Enterprise code: only digits and capital letters are allowed.',
      enterpriseCodeCheck: 'Enterprise code: the USCC check character is wrong (the 18th character should be {{expected}}).',
      updateUrl: 'Update URL: not a valid URL (must start with http:// or https://).',
      proxy: 'Proxy: must be direct or an address starting with http:// or https://.',
    },
  },
  policy: {
    bannerTitle: "There is a problem with your administrator's policy file",
    bannerIntro: 'These entries of the policy file {{path}} were not applied:',
    openSettings: 'Open Settings',
    dismiss: 'Dismiss',
    title: 'Administrator policy',
    file: 'Policy file',
    state: 'State',
    states: {
      absent: 'No policy file: every setting is yours to choose.',
      ok: 'The policy is applied.',
      invalid: 'The policy file has problems: the entries below were not applied; the rest were.',
    },
    problemsLabel: 'Problems in the policy file',
    wholeFile: 'whole file',
    whenRead: 'The policy file is read when the program starts; after your administrator changes it, restart Clearway.',
  },
};
