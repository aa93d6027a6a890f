import { ErrorAlert } from './alert';

/** "Show more …" under a keyset-paginated list, and what went wrong when the next page did not come. */
export function ShowMore(props: {
  readonly what: string;
  readonly list: {
    readonly hasNextPage: boolean;
    readonly isFetchingNextPage: boolean;
    readonly isFetchNextPageError: boolean;
    readonly error: unknown;
    readonly fetchNextPage: () => Promise<unknown>;
  };
}) {
  const { list, what } = props;
  return (
    <>
      {list.hasNextPage ? (
        <button type="button" className="usa-button usa-button--outline" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {list.isFetchingNextPage ? `Loading more ${what}…` : `Show more ${what}`}
        </button>
      ) : null}
      {list.isFetchNextPageError ? <ErrorAlert error={list.error} heading={`More ${what} could not be loaded`} /> : null}
    </>
  );
}
