export * from './suggestCommittees';
export * from './scope';
export * from './fromNotification';
