// What app/ uses from review.
export { ReviewScreen } from './ReviewScreen';
