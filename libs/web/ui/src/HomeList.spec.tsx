import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { LinkRow } from './HomeList';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const redirect = jest.fn();
jest.mock('react-admin', () => ({ ...jest.requireActual('react-admin'), useRedirect: () => redirect }));

describe('LinkRow', () => {
  it('opens its target from anywhere on the row, and leaves links and buttons in it to themselves', async () => {
    const container = document.createElement('div');
    document.body.appendChild(container);
    const root = createRoot(container);
    await act(async () =>
      root.render(
        <table>
          <tbody>
            <LinkRow to="/cases/c1/show">
              <td>田中 翔太</td>
              <td>
                <a href="#/cases/c1/show/timeline">TSA-2026-0001</a>
              </td>
            </LinkRow>
          </tbody>
        </table>,
      ),
    );
    await act(async () => (container.querySelector('td') as HTMLElement).click());
    expect(redirect).toHaveBeenCalledWith('/cases/c1/show');
    redirect.mockClear();
    await act(async () => (container.querySelector('a') as HTMLElement).click());
    expect(redirect).not.toHaveBeenCalled();
    act(() => root.unmount());
    container.remove();
  });
});
