import type { ChipProps } from '@mui/material';
import type { ImportBatchDto, ImportBatchStatus } from '@tsunagu/contracts';
import { EnumChip } from '@tsunagu/web-ui';
import { useRecordContext, useTranslate } from 'react-admin';
import { createdCounts } from '../counts';

const STATUS_COLORS: Record<ImportBatchStatus, NonNullable<ChipProps['color']>> = {
  draft: 'info',
  committed: 'success',
  voided: 'warning',
  discarded: 'default',
};

/** 下書き・取込済み・取消済み・破棄, as a chip: of the batch in context, or the one given. */
export const ImportStatusChip = ({ batch }: { batch?: ImportBatchDto }) => {
  const record = useRecordContext<ImportBatchDto>();
  const status = (batch ?? record)?.status;
  return status ? <EnumChip value={status} prefix="tsunagu.imports.status" colors={STATUS_COLORS} /> : null;
};

/** 「ケース n件 / 家族 n件 / 支援経過 n件」: what the batch creates (a draft) or created. */
export const CreatedCounts = ({ batch }: { batch?: ImportBatchDto }) => {
  const record = useRecordContext<ImportBatchDto>();
  const translate = useTranslate();
  const counts = (batch ?? record)?.counts;
  return counts ? <>{translate('tsunagu.imports.created_counts', createdCounts(counts))}</> : null;
};
