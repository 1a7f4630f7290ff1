export * from './commentRate';
export * from './query';
