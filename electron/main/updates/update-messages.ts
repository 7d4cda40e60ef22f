import type { Language } from '../../../shared/settings/schema';
import type { UpdateDecision } from './update-decision';
import type { UpdateErrorKind } from './update-errors';
import type { PlanReason, UpdatePlan } from './update-plan';

/** What the updater has to tell the person, when they asked (Help menu) or when a download is ready. */
export type UpdateOutcome =
  | { kind: 'unavailable'; reason: Exclude<PlanReason, 'ok'> | 'updater-inactive'; feedUrl: string | null; pin: string | null }
  | { kind: 'up-to-date'; version: string }
  | { kind: 'skipped'; offered: string; reason: Extract<UpdateDecision, { install: false }>['reason']; pin: string | null; current: string }
  | { kind: 'downloading'; version: string }
  | { kind: 'downloaded'; version: string }
  | { kind: 'failed'; error: UpdateErrorKind; detail: string };

export interface UpdateDialog {
  type: 'info' | 'warning' | 'error' | 'question';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  /** For 'downloaded': button 0 restarts now. */
  defaultId: number;
  cancelId: number;
}

/** The Help menu item: "Check for Updates…", or a disabled note when the policy turns updates off. */
export function updateMenuItem(language: Language, plan: UpdatePlan | null): { label: string; enabled: boolean } {
  const zh = language === 'zh-CN';
  if (plan?.reason === 'disabled-by-policy') return { label: zh ? '更新由管理员管理' : 'Updates Managed by Your Administrator', enabled: false };
  return { label: zh ? '检查更新…' : 'Check for Updates…', enabled: true };
}

type Pair = readonly [zh: string, en: string];

function unavailableText(outcome: Extract<UpdateOutcome, { kind: 'unavailable' }>): Pair {
  switch (outcome.reason) {
    case 'settings-unavailable':
      return ['暂时无法读取更新设置，请稍后再试。', 'The update settings cannot be read right now; please try again shortly.'];
    case 'disabled-by-policy':
      return ['更新由管理员管理：本机策略已关闭自动更新。需要新版本时请联系管理员。', 'Updates are managed by your administrator: the machine policy turns them off. Ask your administrator for a new version.'];
    case 'disabled-by-user':
      return ['自动更新已在“设置”中关闭。', 'Updates are turned off in Settings.'];
    case 'no-feed':
      return ['尚未配置更新地址（设置中的“更新地址”）。请联系管理员。', 'No update address is configured (Settings, update URL). Ask your administrator.'];
    case 'unsupported-feed':
      return [
        `更新地址 ${outcome.feedUrl ?? ''} 不是 http 或 https 地址。文件共享上的更新需通过网关或 Web 服务器提供。`,
        `The update address ${outcome.feedUrl ?? ''} is not an http or https address. Updates on a file share must be served by the gateway or a web server.`,
      ];
    case 'invalid-pin':
      return [`策略固定的版本「${outcome.pin ?? ''}」不是有效的版本号，因此不安装任何更新。`, `The version pinned by policy ("${outcome.pin ?? ''}") is not a valid version, so no update is installed.`];
    case 'unsupported-platform':
      return ['此操作系统不支持自动更新。', 'Automatic updates are not supported on this operating system.'];
    case 'no-update-config':
      return ['此安装包构建时未包含更新配置（缺少 app-update.yml），无法自动更新。新版本请由管理员部署。', 'This installation was built without update support (no app-update.yml), so it cannot update itself. Your administrator deploys new versions.'];
    case 'updater-inactive':
      return ['这种安装方式不能自动更新（例如 Linux 上未通过 AppImage 或 deb/rpm 包安装）。新版本请由管理员部署。', 'This kind of installation cannot update itself (for example, on Linux when not installed from the AppImage or a deb/rpm package). Your administrator deploys new versions.'];
    case 'not-packaged':
      return ['开发运行不检查更新（设置 CLEARWAY_UPDATE_DEV=1 并提供 dev-app-update.yml 可强制检查）。', 'A development run does not check for updates (set CLEARWAY_UPDATE_DEV=1 with a dev-app-update.yml to force it).'];
  }
}

function skippedText(outcome: Extract<UpdateOutcome, { kind: 'skipped' }>): Pair {
  switch (outcome.reason) {
    case 'not-the-pinned-version':
      return [
        `管理员已将清关通固定在 ${outcome.pin ?? ''} 版本；更新源提供的 ${outcome.offered} 版不会安装。`,
        `Your administrator has pinned Clearway to version ${outcome.pin ?? ''}; version ${outcome.offered} offered by the update source will not be installed.`,
      ];
    case 'older':
      return [`更新源提供的 ${outcome.offered} 版比当前的 ${outcome.current} 版旧，不会安装。`, `Version ${outcome.offered} from the update source is older than the running ${outcome.current}; it will not be installed.`];
    case 'prerelease-on-stable':
      return [`更新源在正式版通道提供了预览版 ${outcome.offered}，不会安装。`, `The update source offers the pre-release ${outcome.offered} on the stable channel; it will not be installed.`];
    case 'invalid-version':
      return [`更新源提供的版本号「${outcome.offered}」无效。`, `The update source offers an invalid version number ("${outcome.offered}").`];
    case 'up-to-date':
      return [`清关通已是最新版本（${outcome.current}）。`, `Clearway is up to date (version ${outcome.current}).`];
  }
}

const errorTexts: Record<UpdateErrorKind, Pair> = {
  network: ['无法连接更新地址，请检查网络和代理设置。', 'The update address cannot be reached; check the network and the proxy setting.'],
  'feed-missing': ['更新地址上没有本通道的更新信息文件（latest.yml 或 beta.yml）；更新可能尚未发布到该地址。', 'The update address has no update information for this channel (latest.yml or beta.yml); the update may not be published there yet.'],
  'feed-invalid': ['更新地址上的更新信息文件无效。', 'The update information file at the update address is not valid.'],
  checksum: ['下载的安装包与更新信息中的 SHA-512 校验值不一致，已丢弃。', 'The downloaded installer does not match the SHA-512 checksum in the update information; it was discarded.'],
  signature: ['新版本安装包的签名与本应用的发布者不一致，已拒绝安装。', 'The new installer is not signed by this application’s publisher; it was refused.'],
  'disk-full': ['磁盘空间不足，无法下载更新。', 'There is not enough disk space to download the update.'],
  other: ['更新失败。', 'The update failed.'],
};

/** The native dialog for an outcome, in the person's language. */
export function updateDialog(language: Language, outcome: UpdateOutcome): UpdateDialog {
  const zh = language === 'zh-CN';
  const pick = (pair: Pair): string => (zh ? pair[0] : pair[1]);
  const title = zh ? '清关通更新' : 'Clearway Update';
  const ok = zh ? '确定' : 'OK';
  const info = (message: Pair, type: UpdateDialog['type'] = 'info', detail = ''): UpdateDialog => ({ type, title, message: pick(message), detail, buttons: [ok], defaultId: 0, cancelId: 0 });
  switch (outcome.kind) {
    case 'unavailable':
      return info(unavailableText(outcome));
    case 'up-to-date':
      return info([`清关通已是最新版本（${outcome.version}）。`, `Clearway is up to date (version ${outcome.version}).`]);
    case 'skipped':
      return info(skippedText(outcome));
    case 'downloading':
      return info([`发现新版本 ${outcome.version}，正在后台下载；下载完成后会提示您。`, `Version ${outcome.version} is available and downloading in the background; you will be told when it is ready.`]);
    case 'downloaded':
      return {
        type: 'question',
        title,
        message: pick([`新版本 ${outcome.version} 已下载。`, `Version ${outcome.version} has been downloaded.`]),
        detail: pick(['立即重启清关通以安装；或继续工作，退出清关通时自动安装。', 'Restart Clearway now to install it, or keep working and it installs when you quit.']),
        buttons: zh ? ['立即重启', '稍后'] : ['Restart Now', 'Later'],
        defaultId: 0,
        cancelId: 1,
      };
    case 'failed':
      return info(
        errorTexts[outcome.error],
        'warning',
        `${pick(['当前版本不受影响，可以继续使用。', 'The running version is not affected; you can keep working.'])}\n${outcome.detail}`,
      );
  }
}
