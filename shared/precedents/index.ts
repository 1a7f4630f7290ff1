export * from './rankPrecedents';
export * from './precedentSources';
export * from './standardRef';
