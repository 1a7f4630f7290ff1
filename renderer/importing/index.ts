// What other features use from importing.
export { AttachDocuments } from './AttachDocuments';
export { ImportScreen } from './ImportScreen';
