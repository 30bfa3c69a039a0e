import { i18nProvider } from '@tsunagu/web-i18n';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { AdminContext, Form, TextInput, type AuthProvider, type DataProvider } from 'react-admin';
import { FormDraft, useDraftKey } from './FormDraft';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const flush = async () => {
  for (let i = 0; i < 6; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
};

/** Types into a React-controlled field the way a browser does. */
function typeInto(field: HTMLTextAreaElement | HTMLInputElement, value: string) {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

const signedInAs = (id: string): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getIdentity: async () => ({ id, fullName: id, role: 'coordinator', centerId: 'center-a' }),
});

const NoteForm = () => {
  const draftKey = useDraftKey('interview', 'case-1');
  return (
    <Form defaultValues={{ caseId: 'case-1', summary: '' }}>
      <FormDraft draftKey={draftKey} />
      <TextInput source="summary" multiline />
    </Form>
  );
};

describe('FormDraft', () => {
  let container: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    sessionStorage.clear();
    container = document.createElement('div');
    document.body.appendChild(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  const open = async (userId: string) => {
    await act(async () => {
      root.render(
        <AdminContext key={userId} dataProvider={{} as DataProvider} authProvider={signedInAs(userId)} i18nProvider={i18nProvider}>
          <NoteForm />
        </AdminContext>,
      );
    });
    await flush();
  };
  const close = async () => {
    await act(async () => root.render(<div />));
    await flush();
  };
  const summary = () => container.querySelector<HTMLTextAreaElement>('textarea[name="summary"]') as HTMLTextAreaElement;
  const notice = () => container.querySelector('[data-testid="draft-restored"]');

  it('keeps what is typed for its user and case, puts it back on opening, and says so', async () => {
    await open('u1');
    expect(notice()).toBeNull();
    await act(async () => typeInto(summary(), '母より電話。本人は夕食を家族と取れている。'));
    await flush();
    expect(JSON.parse(sessionStorage.getItem('tsunagu.draft.u1.interview.case-1') ?? '{}')).toMatchObject({
      summary: '母より電話。本人は夕食を家族と取れている。',
    });

    await close();
    await open('u1');
    expect(summary().value).toBe('母より電話。本人は夕食を家族と取れている。');
    expect(notice()?.textContent).toContain('保存していない下書きを復元しました。');
  });

  it('shows another user of the browser nothing of it', async () => {
    sessionStorage.setItem('tsunagu.draft.u1.interview.case-1', JSON.stringify({ caseId: 'case-1', summary: '書きかけ' }));
    await open('u2');
    expect(summary().value).toBe('');
    expect(notice()).toBeNull();
  });

  it('throws the draft away on request, and forgets it when the text is undone', async () => {
    sessionStorage.setItem('tsunagu.draft.u1.interview.case-1', JSON.stringify({ caseId: 'case-1', summary: '書きかけ' }));
    await open('u1');
    expect(summary().value).toBe('書きかけ');
    const discard = Array.from(container.querySelectorAll('button')).find((b) => b.textContent === '下書きを破棄') as HTMLButtonElement;
    await act(async () => discard.click());
    await flush();
    expect(summary().value).toBe('');
    expect(notice()).toBeNull();
    expect(sessionStorage.getItem('tsunagu.draft.u1.interview.case-1')).toBeNull();

    await act(async () => typeInto(summary(), 'あ'));
    await flush();
    expect(sessionStorage.getItem('tsunagu.draft.u1.interview.case-1')).not.toBeNull();
    await act(async () => typeInto(summary(), ''));
    await flush();
    expect(sessionStorage.getItem('tsunagu.draft.u1.interview.case-1')).toBeNull();
  });
});
