export { canAccess, type AccessActor, type CanAccessParams } from './can-access';
export { authProvider, createAuthProvider, type Credentials } from './auth-provider';
export { createDataProvider, dataProvider } from './data-provider';
export { errorMessageKey } from './errors';
export { API_URL, httpClient } from './http-client';
export { createBody, updateBody } from './request-body';
export { session } from './session';
