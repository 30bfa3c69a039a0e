import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTsunaguDataProvider, type ReportName, type ReportQuery } from '@tsunagu/web-data-access';

/**
 * A report for a period (and an administrator's center), cached per period by react-query; while
 * another period loads, the last figures stay on screen instead of blanking the charts.
 */
export function useReport<T>(name: ReportName, query: ReportQuery, enabled: boolean) {
  const dataProvider = useTsunaguDataProvider();
  return useQuery({
    queryKey: ['reports', name, query.from, query.to, query.centerId ?? null],
    queryFn: () => dataProvider.report<T>(name, query),
    enabled,
    placeholderData: keepPreviousData,
  });
}
