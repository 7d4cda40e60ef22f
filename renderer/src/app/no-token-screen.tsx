/**
 * Shown before i18n matters: the page was opened without the host's access token. Both
 * languages at once, since we cannot ask a profile which one the person prefers.
 */
export function NoTokenScreen() {
  return (
    <div className="no-token" role="alert">
      <h1>
        <span lang="zh-CN">清关通</span> <span lang="en">Clearway</span>
      </h1>
      <section lang="zh-CN">
        <h2>请用启动时打印的地址打开</h2>
        <p>
          此页面缺少访问令牌。请打开 <code>npm run start:web</code> 启动时在终端里打印的完整地址（以 <code>#token=</code>{' '}
          结尾的那一行）。
        </p>
      </section>
      <section lang="en">
        <h2>Open the address printed at start-up</h2>
        <p>
          This page has no access token. Open the full address that <code>npm run start:web</code> printed in the terminal (the
          line ending in <code>#token=…</code>).
        </p>
      </section>
    </div>
  );
}
