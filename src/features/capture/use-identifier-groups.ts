import { useEffect, useMemo, useState } from 'react';
import { groupIdentifiers, type IdentifierGroup } from './identifier-groups';
import { loadIdentifierTools, type IdentifierTools } from './load-identifier-tools';

/**
 * The identifiers in `text`, grouped for a decision, found again on every change. An empty list
 * until the redactor's chunk has loaded (it starts loading when the form mounts).
 */
export function useIdentifierGroups(text: string): {
  groups: IdentifierGroup[];
  tools: IdentifierTools | undefined;
} {
  const [tools, setTools] = useState<IdentifierTools>();
  useEffect(() => {
    let isCurrent = true;
    loadIdentifierTools()
      .then((loaded) => {
        if (isCurrent) setTools(loaded);
      })
      .catch(() => {
        // Offline before the chunk was cached: saving loads it again and says so if it cannot.
      });
    return () => {
      isCurrent = false;
    };
  }, []);
  const groups = useMemo(
    () => (tools && text.trim() !== '' ? groupIdentifiers(text, tools.findIdentifiers(text)) : []),
    [tools, text],
  );
  return { groups, tools };
}
