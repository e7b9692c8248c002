/**
 * The table of every event exists only while printing. A browser lays the
 * page out for print right after `beforeprint`, so the table must be in the
 * DOM when that event's handlers return, not a render later.
 */
import { act, render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { usePrinting } from '../../src/lib/use-printing';

function PrintOnly() {
  return usePrinting() ? <p>on paper</p> : null;
}

test('is true from beforeprint to afterprint, rendered before beforeprint returns', () => {
  render(<PrintOnly />);
  expect(screen.queryByText('on paper')).not.toBeInTheDocument();

  // Outside act(), as in a browser: the update must already be flushed when
  // dispatchEvent returns.
  const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    window.dispatchEvent(new Event('beforeprint'));
    expect(screen.getByText('on paper')).toBeInTheDocument();
  } finally {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
  }

  act(() => {
    window.dispatchEvent(new Event('afterprint'));
  });
  expect(screen.queryByText('on paper')).not.toBeInTheDocument();
});
