/** The header's online/offline indicator, merged into zh-cn.ts. */
export const networkZh = {
  network: {
    online: '在线',
    offline: '离线',
    onlineHint: '网络可用。已排队的报关单会在发送功能启用后自动发送。',
    offlineHint: '当前离线：可以照常填写和保存，联网后再发送。',
    outbox: '待发送 {{count}}',
  },
};
