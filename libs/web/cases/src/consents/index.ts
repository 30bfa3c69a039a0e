export { ConsentStateChip } from './ConsentsTab';
export { consentFormToApi, consentStateToday } from './consent-form';
