import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

interface TSummaryOwner {
  readonly owner: string | undefined;
  readonly claim: (formId: string) => void;
}

const SummaryOwnerContext = createContext<TSummaryOwner | undefined>(undefined);

/**
 * A page with several forms shows one error summary at a time, so that the summary focused after a failed
 * submit is the only one: the form that failed last owns it. The others still show their inline errors.
 */
export function SummaryOwnerProvider({ children }: { readonly children: ReactNode }) {
  const [owner, setOwner] = useState<string | undefined>();
  const claim = useCallback((formId: string) => setOwner(formId), []);
  const value = useMemo(() => ({ owner, claim }), [owner, claim]);
  return <SummaryOwnerContext.Provider value={value}>{children}</SummaryOwnerContext.Provider>;
}

/** Whether this form shows its error summary now, and how it takes it after a failed submit. */
export function useSummaryOwnership(formId: string): { readonly isOwner: boolean; readonly claim: () => void } {
  const context = useContext(SummaryOwnerContext);
  const claim = useCallback(() => context?.claim(formId), [context, formId]);
  return { isOwner: context === undefined || context.owner === formId, claim };
}
