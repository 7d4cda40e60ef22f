import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/ipc/contract';

export interface MenuOptions {
  language: Language;
  /** Packaged builds get no developer tools item. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
  onAbout: () => void;
  /** Help → Check for Updates… (label and state from electron/main/updates/update-messages.ts). */
  updates: { label: string; enabled: boolean; onClick: () => void };
}

const texts = {
  'zh-CN': {
    file: '文件', edit: '编辑', view: '视图', window: '窗口', help: '帮助',
    close: '关闭窗口', quit: '退出', undo: '撤销', redo: '重做', cut: '剪切', copy: '复制', paste: '粘贴',
    pasteAndMatchStyle: '粘贴并匹配格式', delete: '删除', selectAll: '全选',
    reload: '重新加载', toggleDevTools: '开发者工具', resetZoom: '实际大小', zoomIn: '放大', zoomOut: '缩小',
    togglefullscreen: '全屏', minimize: '最小化', zoom: '缩放', front: '全部置于顶层',
    about: '关于清关通', services: '服务', hide: '隐藏清关通', hideOthers: '隐藏其他', unhide: '全部显示',
  },
  en: {
    file: 'File', edit: 'Edit', view: 'View', window: 'Window', help: 'Help',
    close: 'Close Window', quit: 'Quit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste',
    pasteAndMatchStyle: 'Paste and Match Style', delete: 'Delete', selectAll: 'Select All',
    reload: 'Reload', toggleDevTools: 'Developer Tools', resetZoom: 'Actual Size', zoomIn: 'Zoom In', zoomOut: 'Zoom Out',
    togglefullscreen: 'Full Screen', minimize: 'Minimize', zoom: 'Zoom', front: 'Bring All to Front',
    about: 'About Clearway', services: 'Services', hide: 'Hide Clearway', hideOthers: 'Hide Others', unhide: 'Show All',
  },
} as const;

type Texts = (typeof texts)[Language];
type Role = NonNullable<MenuItemConstructorOptions['role']> & keyof Texts;

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu in the person's language: standard roles only (they work on every
 * platform and need no renderer protocol), plus About and Check for Updates. Rebuilt when settings
 * or the update plan change.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = texts[options.language];
  const mac = options.platform === 'darwin';
  const item = (role: Role): MenuItemConstructorOptions => ({ role, label: t[role] });
  const about: MenuItemConstructorOptions = { label: t.about, click: () => options.onAbout() };
  const updates: MenuItemConstructorOptions = { label: options.updates.label, enabled: options.updates.enabled, click: () => options.updates.onClick() };

  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: 'Clearway',
      submenu: [about, separator, item('services'), separator, item('hide'), item('hideOthers'), item('unhide'), separator, item('quit')],
    });
  }
  template.push({ label: t.file, submenu: mac ? [item('close')] : [item('close'), separator, item('quit')] });
  template.push({
    label: t.edit,
    submenu: [item('undo'), item('redo'), separator, item('cut'), item('copy'), item('paste'), item('pasteAndMatchStyle'), item('delete'), separator, item('selectAll')],
  });
  template.push({
    label: t.view,
    submenu: [
      item('reload'),
      ...(options.isPackaged ? [] : [item('toggleDevTools')]),
      separator,
      item('resetZoom'),
      item('zoomIn'),
      item('zoomOut'),
      separator,
      item('togglefullscreen'),
    ],
  });
  template.push({
    label: t.window,
    submenu: mac ? [item('minimize'), item('zoom'), separator, item('front')] : [item('minimize'), item('close')],
  });
  template.push({ label: t.help, submenu: [updates, separator, about] });
  return template;
}

/** The About box text. */
export function aboutText(language: Language, version: string): { title: string; message: string; detail: string; ok: string } {
  return language === 'zh-CN'
    ? { title: '关于清关通', message: '清关通 Clearway', detail: `版本 ${version}\n国际贸易“单一窗口”报关离线客户端。`, ok: '确定' }
    : { title: 'About Clearway', message: '清关通 Clearway', detail: `Version ${version}\nOffline client for the China International Trade Single Window.`, ok: 'OK' };
}
