import { useState } from 'react';
import { useAccountI18n } from './account-i18n';

interface CopyButtonProps {
  text: string;
  label: string;
  /** The element holding the text, selected when the clipboard is refused so that Ctrl+C works. */
  targetId: string;
}

export function CopyButton({ text, label, targetId }: CopyButtonProps) {
  const { at } = useAccountI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'refused'>('idle');
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => {
        const target = document.getElementById(targetId);
        if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) target.select();
        else if (target) window.getSelection()?.selectAllChildren(target);
        setState('refused');
      },
    );
  };
  return (
    <span className="copy">
      <button type="button" className="secondary" onClick={copy}>
        {label}
      </button>
      <span role="status" className="form-status">
        {state === 'copied' ? at('copy.done') : state === 'refused' ? at('copy.refused') : ''}
      </span>
    </span>
  );
}
