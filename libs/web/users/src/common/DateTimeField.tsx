export { DateTimeField } from '@tsunagu/web-ui';
