import { SaveButton, Toolbar } from 'react-admin';

/**
 * An edit form's toolbar: save only. Records are voided with a reason (the void button of the show
 * page), never deleted from a form: react-admin's own delete button would send no reason.
 */
export const SaveToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);
