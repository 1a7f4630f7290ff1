export { CompileView, type CompileViewProps, type SourceComment } from './CompileView';
export { compileLocales } from './locales';
export { CompileScreen } from './CompileScreen';
export { RoleLinks } from './RoleLinks';
export { commentLocks, isLocked, type CommentLocks } from './lockedComments';
export { approvedPositions } from './positionStore';
