export function ImportScreen() {
  return <div data-testid="screen-import">import</div>;
}
