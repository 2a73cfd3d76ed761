import { useEffect } from 'preact/hooks';

export interface Shortcut {
  key: string;
  description: string;
  run: () => void;
}

/** Single-key shortcuts that never fire while someone types in a field or holds a modifier. */
export function useShortcuts(shortcuts: Shortcut[]): void {
  useEffect(() => {
    const handler = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      if (document.querySelector('dialog[open]') && event.key !== '?') return;
      const shortcut = shortcuts.find((candidate) => candidate.key === event.key);
      if (!shortcut) return;
      event.preventDefault();
      shortcut.run();
    };
    document.addEventListener('keydown', handler);
    return () => document.removeEventListener('keydown', handler);
  }, [shortcuts]);
}

export function ShortcutList(props: { shortcuts: Shortcut[] }) {
  return (
    <dl class="shortcuts">
      {props.shortcuts.map((shortcut) => (
        <div key={shortcut.key}>
          <dt>
            <kbd>{shortcut.key}</kbd>
          </dt>
          <dd>{shortcut.description}</dd>
        </div>
      ))}
    </dl>
  );
}
