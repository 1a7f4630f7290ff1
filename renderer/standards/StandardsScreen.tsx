export function StandardsScreen() {
  return <div data-testid="screen-standards">standards</div>;
}
