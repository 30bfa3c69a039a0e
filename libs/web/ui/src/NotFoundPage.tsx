import SearchOffIcon from '@mui/icons-material/SearchOff';
import { Box, Button, Typography } from '@mui/material';
import { createElement, isValidElement, type ComponentType, type ReactElement } from 'react';
import { Link, reactRouterProvider, Title, useCanAccess, useResourceContext, useTranslate, type ResourceProps } from 'react-admin';

/**
 * The page for an address that leads nowhere, and for a page the user's role may not open: the
 * same answer as the API's 404 for a record one may not see, with no hint that it exists.
 */
export const NotFoundPage = () => {
  const translate = useTranslate();
  return (
    <Box role="alert" sx={{ p: 4, textAlign: 'center' }} data-testid="not-found-page">
      <Title title={translate('tsunagu.common.not_found_title')} />
      <SearchOffIcon color="disabled" sx={{ fontSize: 64 }} />
      <Typography variant="h6" component="h1" gutterBottom>
        {translate('tsunagu.common.page_not_found')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {translate('tsunagu.common.page_not_found_detail')}
      </Typography>
      <Button variant="contained" component={Link} to="/">
        {translate('tsunagu.common.back_home')}
      </Button>
    </Box>
  );
};

type Page = ComponentType | ReactElement;
type ResourcePages = Omit<ResourceProps, 'name'>;
const PAGES = ['list', 'show', 'create', 'edit'] as const;

/**
 * A page that first asks whether the role may open it, and answers "not found" if not, before
 * anything is read: react-admin's own pages would ask the API anyway (a 403 in the console) and
 * then show its access-denied page.
 */
function onlyIfAllowed(action: (typeof PAGES)[number], page: Page): ComponentType {
  const Allowed = () => {
    const resource = useResourceContext();
    const { canAccess, isPending } = useCanAccess({ resource, action });
    if (isPending) return null;
    if (!canAccess) return <NotFoundPage />;
    return isValidElement(page) ? page : createElement(page);
  };
  return Allowed;
}

const { Route } = reactRouterProvider;

/**
 * What a <Resource> is given: its pages, each opened only by the roles the role table allows, and
 * "not found" for any other address under it (e.g. /interviews/<id>, which has no page).
 */
export function withNotFound(resource: ResourcePages = {}): ResourcePages {
  // The resource's own extra routes (e.g. /cases/:id/print) stay; anything else under it is not found.
  const children = (
    <>
      {resource.children}
      <Route path="*" element={<NotFoundPage />} />
    </>
  );
  const pages: ResourcePages = { ...resource, children };
  for (const action of PAGES) {
    const page = resource[action];
    if (page) pages[action] = onlyIfAllowed(action, page as Page);
  }
  return pages;
}
