import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { aboutText, buildMenuTemplate, type MenuOptions } from '../../electron/main/menu-template';
import { updateMenuItem } from '../../electron/main/updates/update-messages';
import { updatePlan } from '../../electron/main/updates/update-plan';

const build = (overrides: Partial<MenuOptions>) => {
  const language = overrides.language ?? 'zh-CN';
  return buildMenuTemplate({
    language,
    isPackaged: true,
    platform: 'win32',
    onAbout: () => undefined,
    updates: { ...updateMenuItem(language, null), onClick: () => undefined },
    ...overrides,
  });
};

const submenu = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(item?.submenu) ? item.submenu : [];
const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((i) => [...(i.role ? [i.role] : []), ...roles(submenu(i))]);
const labels = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((i) => [...(i.label ? [i.label] : []), ...labels(submenu(i))]);

describe('application menu', () => {
  it('is in Chinese for zh-CN', () => {
    const template = build({ language: 'zh-CN' });
    expect(template.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    expect(labels(template)).toEqual(expect.arrayContaining(['退出', '撤销', '复制', '粘贴', '全选', '放大', '关于清关通']));
  });

  it('is in English for en', () => {
    const template = build({ language: 'en' });
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(labels(template)).toEqual(expect.arrayContaining(['Quit', 'Undo', 'Copy', 'Paste', 'Select All', 'Zoom In', 'About Clearway']));
  });

  it('has the same structure in both languages, with no untranslated item', () => {
    const zh = build({ language: 'zh-CN' });
    const en = build({ language: 'en' });
    expect(roles(zh)).toEqual(roles(en));
    const zhLabels = labels(zh);
    const enLabels = labels(en);
    expect(zhLabels).toHaveLength(enLabels.length);
    expect(zhLabels.filter((l, i) => l === enLabels[i])).toEqual([]);
  });

  it('uses standard roles for editing, so copy/paste work in every field', () => {
    expect(roles(submenu(build({})[1]))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll']);
    expect(roles(build({}))).toContain('quit');
  });

  it('offers developer tools only in development builds', () => {
    expect(roles(build({ isPackaged: true }))).not.toContain('toggleDevTools');
    expect(roles(build({ isPackaged: false }))).toContain('toggleDevTools');
  });

  it('calls back for About', () => {
    let calls = 0;
    const template = build({ onAbout: () => calls++ });
    const about = submenu(template.at(-1)).find((i) => i.label === '关于清关通');
    expect(about).toBeDefined();
    (about?.click as () => void)();
    expect(calls).toBe(1);
  });

  it('has Check for Updates first in Help, in both languages, calling back', () => {
    let calls = 0;
    const zh = submenu(build({ updates: { ...updateMenuItem('zh-CN', null), onClick: () => calls++ } }).at(-1));
    expect(zh.map((i) => i.label ?? i.type)).toEqual(['检查更新…', 'separator', '关于清关通']);
    expect(zh[0]?.enabled).toBe(true);
    (zh[0]?.click as () => void)();
    expect(calls).toBe(1);
    const en = submenu(build({ language: 'en' }).at(-1));
    expect(en[0]?.label).toBe('Check for Updates…');
  });

  it('says updates are managed by the administrator, greyed out, when the policy turns them off', () => {
    const plan = updatePlan({
      overview: {
        entries: [{ key: 'updatesEnabled', value: false, source: 'policy', locked: true }],
        policy: { path: 'C:\\ProgramData\\Clearway\\policy.json', state: 'ok', problems: [] },
      },
      appVersion: '1.0.0',
      platform: 'win32',
      packaged: true,
      devOverride: false,
      hasUpdateConfig: true,
    });
    for (const [language, label] of [['zh-CN', '更新由管理员管理'], ['en', 'Updates Managed by Your Administrator']] as const) {
      const item = submenu(build({ language, updates: { ...updateMenuItem(language, plan), onClick: () => undefined } }).at(-1))[0];
      expect(item).toMatchObject({ label, enabled: false });
    }
  });

  it('has the macOS application menu on darwin, with quit there', () => {
    const template = build({ platform: 'darwin', language: 'en' });
    expect(template.map((m) => m.label)).toEqual(['Clearway', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(roles(submenu(template[0]))).toEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(roles(submenu(template[1]))).toEqual(['close']);
  });

  it('has About text in both languages with the version', () => {
    expect(aboutText('zh-CN', '1.2.3')).toMatchObject({ title: '关于清关通', detail: expect.stringContaining('版本 1.2.3') });
    expect(aboutText('en', '1.2.3')).toMatchObject({ title: 'About Clearway', detail: expect.stringContaining('Version 1.2.3') });
  });
});
