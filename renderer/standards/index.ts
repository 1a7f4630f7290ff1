// What app/ uses from standards.
export { StandardsScreen } from './StandardsScreen';
