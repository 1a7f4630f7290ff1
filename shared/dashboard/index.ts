export * from './commentRate';
