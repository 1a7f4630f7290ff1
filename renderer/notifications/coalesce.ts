// Requests that arrive faster than they are answered (a query typed, keystroke after keystroke)
// wait in the worker's queue; answering each in turn makes the last one wait for all the others.
// Instead a request only records what it asks for and asks for one answer in a later task, after
// the requests already queued have been read: the answer is computed once, for the newest of them.

/** Returns `request`: each call asks for one run of `run`; calls made before that run are served by it. */
export function coalesce(run: () => void, schedule: (task: () => void) => void = (task) => setTimeout(task, 0)): () => void {
  let scheduled = false;
  return () => {
    if (scheduled) return;
    scheduled = true;
    schedule(() => {
      scheduled = false;
      run();
    });
  };
}
