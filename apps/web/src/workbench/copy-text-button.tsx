import { useState } from 'react';

/** Copies a text to the clipboard and says whether it worked (a browser may refuse). */
export function CopyTextButton(props: { readonly text: string; readonly label: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'refused'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(props.text);
      setStatus('copied');
    } catch {
      setStatus('refused');
    }
  }
  return (
    <>
      <button type="button" className="usa-button usa-button--outline" onClick={() => void copy()}>
        {props.label}
      </button>
      <span role="status" className="ecq-copy-status">
        {status === 'copied' ? 'Copied to the clipboard.' : status === 'refused' ? 'The browser did not allow copying: select the text and press Ctrl+C.' : ''}
      </span>
    </>
  );
}
