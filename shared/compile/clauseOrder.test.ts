import { describe, expect, it } from 'vitest';
import { compareClauses } from './clauseOrder';

describe('clause order', () => {
  it('sorts clause numbers as a document reads them, annexes after numbered clauses', () => {
    const clauses = ['10', 'Annex A', '2.10', '2', '2.1', '3.1.2', 'Annex B', '2.9'];
    expect([...clauses].sort(compareClauses)).toEqual(['2', '2.1', '2.9', '2.10', '3.1.2', '10', 'Annex A', 'Annex B']);
  });
});
