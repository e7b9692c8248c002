import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CopyButton } from '../../src/components/copy-button/copy-button';
import { renderWithProviders } from '../test-utils';

describe('CopyButton', () => {
  it('copies the text as it is at click time and says so', async () => {
    let text = 'first';
    // user-event installs its clipboard stub on setup, so spy after rendering.
    const { user } = renderWithProviders(<CopyButton label="Copy" text={() => text} />);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    text = 'second';
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith('second');
    expect(await screen.findByText('クリップボードにコピーしました。')).toHaveRole('status');
  });

  it('shows the text selected for copying by hand when the clipboard refuses', async () => {
    const { user } = renderWithProviders(<CopyButton label="Copy" text="cite me" />);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    const box = await screen.findByRole('textbox', { name: 'Copy' });
    expect(box).toHaveValue('cite me');
    expect(box).toHaveFocus();
  });
});
