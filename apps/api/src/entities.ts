import { AuditLog } from '@tsunagu/api-audit';
import { Center, User } from '@tsunagu/api-users';

export const ENTITIES = [Center, User, AuditLog];
