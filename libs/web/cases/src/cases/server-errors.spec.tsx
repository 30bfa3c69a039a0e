import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { AdminContext, CreateBase, HttpError, SaveButton, SimpleForm, TextInput } from 'react-admin';
import { toAppError } from '@tsunagu/web-data-access';
import { i18nProvider } from '@tsunagu/web-i18n';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** What the app's http client makes of the API's 400 for a field the browser let through. */
const refusal = () =>
  toAppError(new HttpError('Bad Request', 400, { statusCode: 400, error: 'Bad Request', message: ['clientName must be a single line (no line breaks or tabs)'] }));

describe('a 400 from the API, on a form', () => {
  let container: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.appendChild(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('shows the message on the input it concerns, in Japanese', async () => {
    const create = jest.fn(() => Promise.reject(refusal()));
    await act(async () => {
      root.render(
        <AdminContext dataProvider={{ create } as never} i18nProvider={i18nProvider}>
          <CreateBase resource="cases">
            <SimpleForm toolbar={<SaveButton alwaysEnable />}>
              <TextInput source="clientName" defaultValue="田中 翔太" />
            </SimpleForm>
          </CreateBase>
        </AdminContext>,
      );
    });
    await act(async () => {
      (container.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    });
    await act(async () => new Promise((r) => setTimeout(r, 50)));
    expect(create).toHaveBeenCalled();
    const input = container.querySelector('input[name="clientName"]') as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(container.textContent).toContain('改行やタブは入れられません（1行で入力してください）。');
  });
});
