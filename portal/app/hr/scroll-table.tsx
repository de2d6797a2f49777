import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways in its own region on a phone, reachable by keyboard (a scrollable
 * region must be focusable) and named by its caption.
 */
export function ScrollTable({ id, caption, className, children }: { id: string; caption: string; className?: string; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={id}>
      <table className={className ? `data-table ${className}` : 'data-table'}>
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
