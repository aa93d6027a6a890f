import type { TSource } from '../api/wire-types';
import { CONFIDENCE_LABELS } from './labels';

/** A source as people read it: the citation, where POLICY.md records it, and (unless left to a column) how sure we are. */
export function SourceText({ source, hasConfidence = true }: { readonly source: TSource; readonly hasConfidence?: boolean }) {
  return (
    <>
      {source.citation} <span className="text-base-dark">({source.policyRef})</span>
      {hasConfidence ? (
        <span className="display-block">
          Confidence: <strong>{CONFIDENCE_LABELS[source.confidence]}</strong>
        </span>
      ) : null}
    </>
  );
}

/** Whether two sources cite the same document at the same place (confidence aside). */
export function isSameCitation(a: TSource, b: TSource): boolean {
  return a.citation === b.citation && a.policyRef === b.policyRef;
}
