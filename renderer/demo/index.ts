// What other features use from demo (notifications loads it on demand, with import()).
export { loadDemoData, type DemoLoadResult, type LoadDemoOptions } from './loadDemo';
