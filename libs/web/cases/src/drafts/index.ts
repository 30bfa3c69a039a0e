export { discardDraft, FormDraft, useDraftKey } from './FormDraft';
