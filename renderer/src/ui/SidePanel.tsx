import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SidePanelProps {
  /** The panel's classes, e.g. `side-panel comments-panel` (the fields and preview panels have their own base rule). */
  className: string;
  /** Heading and accessible name of the panel. */
  title: string;
  onClose: () => void;
  /** Accessible name of the close button when "Close" alone would be ambiguous with several panels open. */
  closeLabel?: string;
  children: ReactNode;
}

/** The frame every editor side panel shares: a labelled complementary region with a header holding its title and a close button. */
export function SidePanel({ className, title, onClose, closeLabel, children }: SidePanelProps) {
  const { t } = useTranslation('common');
  return (
    <aside className={className} aria-label={title}>
      <div className="panel-header">
        <h2>{title}</h2>
        <button type="button" onClick={onClose} aria-label={closeLabel}>
          {t('close')}
        </button>
      </div>
      {children}
    </aside>
  );
}
