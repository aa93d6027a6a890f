import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { isApiError } from '../../api/api-client';
import { ErrorAlert, Loading } from '../../components/alert';
import { Page } from '../../components/page';
import { NotFoundPage } from '../../pages/not-found-page';
import { capitalize } from './qrb-labels';

/**
 * A page about one record (a hiring action, a case) as its query stands: loading, the 404 page when there is
 * no such record (or the address names none), what went wrong otherwise (with a way back, when given), else
 * the page itself (`children`).
 */
export function RecordPage<T>(props: {
  readonly query: UseQueryResult<T>;
  /** "the case": what is loading, or could not be loaded. */
  readonly what: string;
  /** "this QRB case", as the 404 page says it. */
  readonly notFoundWhat: string;
  readonly back?: { readonly to: string; readonly label: string };
  readonly children: (record: T) => ReactNode;
}) {
  const { query, what } = props;
  if (query.isError) {
    if (isApiError(query.error) && (query.error.code === 'NOT_FOUND' || query.error.code === 'VALIDATION_FAILED')) {
      return <NotFoundPage what={props.notFoundWhat} />;
    }
    return (
      <Page title="Something went wrong">
        <ErrorAlert error={query.error} heading={`${capitalize(what)} could not be loaded`} />
        {props.back === undefined ? null : (
          <p>
            <Link to={props.back.to}>{props.back.label}</Link>
          </p>
        )}
      </Page>
    );
  }
  if (query.isPending) {
    return (
      <Page title={`Loading ${what}`}>
        <Loading label={`Loading ${what}`} />
      </Page>
    );
  }
  return props.children(query.data);
}
