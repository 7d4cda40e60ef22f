/** 打印预览 (PDF preview, print, save as), merged into zh-cn.ts. */
export const pdfZh = {
  pdf: {
    open: '打印预览',
    title: '打印预览',
    titleWithFile: '打印预览：{{file}}',
    hint: 'Ctrl+P 打印 · Ctrl+S 另存为 · Esc 关闭',
    close: '关闭',
    language: 'PDF 语言',
    print: '打印',
    saveAs: '另存为',
    cancel: '取消',
    building: '正在生成 PDF…',
    drawing: '正在排版：{{done}} / {{total}} 行',
    showing: '正在显示：{{done}} / {{total}} 页',
    summary: '{{pages}} 页 · {{size}} · 最大单页 {{page}} · PDF {{version}}',
    limitsOk: '符合单一窗口随附单据要求（PDF 1.4 以上，每页 ≤ 400 KB，每个文件 ≤ 4 MB，文件名 ≤ 64 字符）。',
    limitsBad: '不符合随附单据要求：',
    parts: '超过 4 MB，已分为 {{count}} 个文件：',
    pagesLabel: 'PDF 页面',
    pageAlt: '第 {{n}} 页，共 {{total}} 页',
  },
};
