import { useState } from 'react';
import { Link } from '../../app/router';
import { useI18n } from '../../i18n/i18n';
import { termHref } from '../../ui/term-link';
import type { TreeTerm } from './classification.queries';

function TreeNode({ term, depth }: { term: TreeTerm; depth: number }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(depth === 0);
  const children = term.children ?? [];
  return (
    <li>
      <div className="tree-row">
        {children.length > 0 ? (
          <button
            type="button"
            className="tree-toggle"
            aria-expanded={open}
            aria-label={t(open ? 'classification.collapse' : 'classification.expand', { label: term.label })}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="tree-spacer" aria-hidden="true" />
        )}
        <Link to={termHref(term.code)}>{term.label}</Link>
        <code className="muted">{term.code}</code>
      </div>
      {open && children.length > 0 && (
        <ul>
          {children.map((child) => (
            <TreeNode key={child.code} term={child} depth={depth + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function TermTree({ roots, labelledBy }: { roots: TreeTerm[]; labelledBy: string }) {
  return (
    <ul className="term-tree" aria-labelledby={labelledBy}>
      {roots.map((root) => (
        <TreeNode key={root.code} term={root} depth={0} />
      ))}
    </ul>
  );
}
