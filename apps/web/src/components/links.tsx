import type { ComponentChildren } from 'preact';
import { navigate } from '../router';
import { isWebUrl } from '../urls';

/** A link to another page of the app, followed without reloading. */
export function Link(props: { href: string; children: ComponentChildren; class?: string; current?: boolean }) {
  return (
    <a
      href={props.href}
      class={props.class}
      aria-current={props.current ? 'page' : undefined}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(props.href);
      }}
    >
      {props.children}
    </a>
  );
}

/**
 * A link to somewhere outside: clickable only for http(s) URLs, opened in a new tab that cannot reach back to
 * this one (noopener) and is not told where it came from (noreferrer). Anything else is shown as plain text.
 */
export function ExternalLink(props: { href: string | null | undefined; children?: ComponentChildren }) {
  const label = props.children ?? props.href ?? '';
  if (!isWebUrl(props.href)) return <span class="unlinked">{label}</span>;
  return (
    <a href={props.href} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  );
}
