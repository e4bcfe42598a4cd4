import { useEffect } from 'react';

const SERVICE_NAME = 'Local Digital Portfolio';

/** Each page names itself first in the tab, so people using several tabs or a screen reader know where they are. */
export function useDocumentTitle(pageTitle: string): void {
  useEffect(() => {
    document.title = pageTitle === '' ? SERVICE_NAME : `${pageTitle} – ${SERVICE_NAME}`;
  }, [pageTitle]);
}
