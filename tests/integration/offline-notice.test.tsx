import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteSavedCopy, resetSavedCopies } from '../../src/features/offline/saved-copy';
import { i18n } from '../../src/i18n/index';
import { renderLoadedApp } from '../render-app';

vi.mock('vis-timeline/esnext', () => import('../fakes/fake-timeline'));

afterEach(() => {
  act(() => resetSavedCopies());
});

function savedCopyOf(file: string, savedAt: string | null) {
  act(() => noteSavedCopy({ type: 'jrt:saved-copy', url: `/data/${file}`, savedAt }));
}

describe('the saved-copy notice', () => {
  it('says nothing while the data comes from the network', async () => {
    await renderLoadedApp();
    expect(screen.queryByText(/ネットワークに接続できない/)).not.toBeInTheDocument();
  });

  it('tells the reader, in their language, that the data is the copy saved on the oldest date', async () => {
    const { user } = await renderLoadedApp();
    // Noon UTC, so the day is the same in any time zone the tests run in.
    savedCopyOf('events.json', 'Wed, 05 Mar 2025 12:00:00 GMT');
    savedCopyOf('sources.json', 'Mon, 03 Mar 2025 12:00:00 GMT');

    const [notice, ...others] = screen
      .getAllByRole('status')
      .filter((status) => status.textContent.includes('ネットワークに接続できないため'));
    expect(others).toHaveLength(0);
    expect(notice).toHaveTextContent('2025年3月3日');
    expect(notice).toHaveTextContent('最新の内容ではない可能性があります');

    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByText(/The network could not be reached/)).toHaveTextContent(
      'saved on 3 March 2025',
    );

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/The network could not be reached/)).not.toBeInTheDocument();
  });

  it('still says so when the server sent no date', async () => {
    await renderLoadedApp();
    savedCopyOf('events.json', null);
    expect(screen.getByText(/以前の訪問時に保存したデータを表示しています/)).toBeInTheDocument();
  });
});
