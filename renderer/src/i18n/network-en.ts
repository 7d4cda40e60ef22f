import type { networkZh } from './network-zh';

/** English for the online/offline indicator; same keys as network-zh.ts. */
export const networkEn: typeof networkZh = {
  network: {
    online: 'Online',
    offline: 'Offline',
    onlineHint: 'The network is available. Queued declarations are sent once sending is enabled.',
    offlineHint: 'Offline: fill in and save as usual; sending waits for the network.',
    outbox: 'Outbox: {{count}}',
  },
};
