export { RoutingScreen } from './RoutingScreen';
export { routingLocales } from './locales';
