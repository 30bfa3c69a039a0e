import { FunctionField, useTranslate, type FunctionFieldProps } from 'react-admin';
import type { AuditLogDto } from '@tsunagu/contracts';

/** The kind of record an audit entry is about, translated when known, as stored otherwise. */
export const AuditEntityField = (props: Omit<FunctionFieldProps<AuditLogDto>, 'render'>) => {
  const translate = useTranslate();
  return (
    <FunctionField<AuditLogDto>
      {...props}
      render={(record) => (record?.entity ? translate(`tsunagu.audit.entities.${record.entity}`, { _: record.entity }) : null)}
    />
  );
};
