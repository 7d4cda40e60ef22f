import type { networkZh } from './network-zh';

/** English for the online/offline indicator; same keys as network-zh.ts. */
export const networkEn: typeof networkZh = {
  network: {
    online: 'Online',
    offline: 'Offline',
    onlineHint: 'The submission channel is reachable: declarations in the outbox are sent automatically.',
    offlineHint: 'Offline: fill in, save and submit as usual; submissions wait in the outbox and go out when the network is back.',
    outbox: 'Outbox: {{count}}',
    rejected: 'Rejected: {{count}}',
  },
};
