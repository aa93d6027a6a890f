import { useState, type FormEvent } from 'react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/api-client';
import type { TQrbCaseDetail } from '../../api/qrb-wire-types';
import { modelListQuery, narrativeListQuery } from '../../api/queries';
import { ErrorAlert, Loading } from '../../components/alert';
import { formatDateTime } from '../../workbench/workbench-labels';
import { formErrorsOf, inputIdOf } from '../shared/form-errors';
import { FormErrorSummary, useFormErrors } from '../shared/use-form-errors';
import type { TNotify } from './case-notice';
import { useCaseMutation } from './use-case-mutation';

const FIELDS = ['packageId'] as const;
const PREFIX = 'share';
const idOf = (field: (typeof FIELDS)[number]) => inputIdOf(PREFIX, field);

/**
 * The candidate shares one of their ECQ packages with their case (POST /api/qrb/cases/:id/share): its current
 * version is attached as it is now, and later edits stay theirs until they share again.
 */
export function CaseSharePanel({ detail, onNotice }: { readonly detail: TQrbCaseDetail; readonly onNotice: TNotify }) {
  const list = useInfiniteQuery(narrativeListQuery());
  const models = useQuery(modelListQuery());
  const packages = list.data?.pages.flatMap((page) => page.items) ?? [];
  const shared = detail.evidence.narrative;
  const [chosen, setChosen] = useState<string | undefined>(shared?.packageId);
  const form = useFormErrors<(typeof FIELDS)[number]>('share-package');
  const titleOf = (modelId: string) => models.data?.models.find((model) => model.id === modelId)?.title ?? modelId;
  const share = useCaseMutation({
    caseId: detail.id,
    write: (packageId: string) => api.send<TQrbCaseDetail>('POST', `/api/qrb/cases/${encodeURIComponent(detail.id)}/share`, { packageId }),
    onSuccess(result) {
      const now = result.evidence.narrative;
      onNotice({
        heading: 'Package shared with your case',
        lines: [
          now === null ? 'Your package is shared with the case.' : `Version ${now.version} of “${now.title}” is what the agency and the QRB now read.`,
          'Later edits to the package are not shared until you share it again.',
        ],
      });
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (share.isPending) return;
    if (chosen === undefined) {
      form.fail({ fields: { packageId: 'Choose the package to share.' }, general: [] });
      return;
    }
    form.clear();
    share.mutate(chosen, { onError: (error) => form.fail(formErrorsOf(error, FIELDS, 'The package was not shared. Try again.')) });
  }

  if (list.isPending) return <Loading label="Loading your ECQ packages" />;
  if (list.isError) return <ErrorAlert error={list.error} heading="Your packages could not be loaded" headingLevel={3} />;
  if (packages.length === 0) {
    return (
      <p>
        You have no ECQ packages yet. <Link to="/narratives/new">Create a package</Link>, write your ECQs, then come back to share it.
      </p>
    );
  }
  const chosenPackage = packages.find((pkg) => pkg.id === chosen);
  const required = detail.hiringAction.policy;
  const error = form.fields.packageId;
  return (
    <>
      <FormErrorSummary state={form} order={FIELDS} inputIdOf={idOf} heading="Your package was not shared" headingLevel={3} />
      <p className="margin-top-0">
        Sharing attaches the package’s <strong>current version</strong> to this case, as it is now: that version is what the agency and the QRB
        read. Later edits are not shared until you share the package again. This position requires {required.modelTitle}.
      </p>
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-label="Share an ECQ package with this case">
        <fieldset className={`usa-fieldset usa-form-group${error === undefined ? '' : ' usa-form-group--error'}`} aria-describedby={error === undefined ? undefined : `${idOf('packageId')}-error`}>
          <legend className="usa-legend">Your ECQ packages</legend>
          {error === undefined ? null : (
            <span className="usa-error-message" id={`${idOf('packageId')}-error`}>
              {error}
            </span>
          )}
          {packages.map((pkg, index) => (
            <div key={pkg.id} className="usa-radio">
              <input
                className="usa-radio__input usa-radio__input--tile"
                id={index === 0 ? idOf('packageId') : `${PREFIX}-package-${pkg.id}`}
                type="radio"
                name="packageId"
                value={pkg.id}
                checked={chosen === pkg.id}
                onChange={() => setChosen(pkg.id)}
              />
              <label className="usa-radio__label" htmlFor={index === 0 ? idOf('packageId') : `${PREFIX}-package-${pkg.id}`}>
                {pkg.title}
                <span className="usa-radio__label-description">
                  {titleOf(pkg.modelId)} · version {pkg.currentVersion} · updated {formatDateTime(pkg.updatedAt)}
                  {shared?.packageId === pkg.id ? ` · version ${shared.version} is shared now` : ''}
                </span>
              </label>
            </div>
          ))}
        </fieldset>
        {chosenPackage === undefined || chosenPackage.modelId === required.packId ? null : (
          <p className="usa-hint" data-testid="share-model-warning">
            “{chosenPackage.title}” is written for {titleOf(chosenPackage.modelId)}, not {required.modelTitle}: the agency’s check will stop the case
            until a package for {required.modelTitle} is shared.
          </p>
        )}
        <button type="submit" className="usa-button" disabled={share.isPending}>
          {share.isPending
            ? 'Sharing…'
            : chosenPackage === undefined
              ? 'Share the chosen package'
              : `Share version ${chosenPackage.currentVersion} of this package`}
        </button>
      </form>
      {list.hasNextPage ? (
        <button type="button" className="usa-button usa-button--unstyled margin-top-2" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {list.isFetchingNextPage ? 'Loading more packages…' : 'Show more of your packages'}
        </button>
      ) : null}
    </>
  );
}
