/** The header's online/offline indicator, merged into zh-cn.ts. */
export const networkZh = {
  network: {
    online: '在线',
    offline: '离线',
    onlineHint: '提交通道可用：发送队列中的报关单会自动发送。',
    offlineHint: '当前离线：可以照常填写、保存和提交，报关单留在发送队列中，联网后自动发送。',
    outbox: '待发送 {{count}}',
    rejected: '退回 {{count}}',
  },
};
