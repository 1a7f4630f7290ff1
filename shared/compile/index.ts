export * from './types';
export * from './similarity';
export * from './clauseOrder';
export * from './deadline';
export * from './compilation';
export * from './letterText';
export * from './submission';
export * from './sending';
