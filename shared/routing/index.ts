export * from './suggestCommittees';
