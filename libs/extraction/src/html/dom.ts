// The small part of htmlparser2's DOM this folder uses. The node types are
// taken from htmlparser2's own signatures rather than imported from
// `domhandler`, which is only its dependency, not ours.
import { DomUtils, type parseDocument } from 'htmlparser2';

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument['children'][number];
export type HtmlElement = Extract<HtmlNode, { attribs: Record<string, string> }>;

export function isElement(node: HtmlNode): node is HtmlElement {
  return DomUtils.isTag(node);
}

export function attribute(element: HtmlElement, name: string): string {
  return element.attribs[name] ?? '';
}

export interface Walker {
  /** Called on entering an element; return false to skip its subtree (`leave` is then not called). */
  enter(element: HtmlElement): boolean;
  leave?(element: HtmlElement): void;
  text?(data: string): void;
}

/**
 * Depth-first walk over `roots` and their descendants, in document order,
 * with an explicit stack: a page nested 100,000 elements deep (broken or
 * hostile HTML) cannot overflow the call stack.
 */
export function walk(roots: readonly HtmlNode[], walker: Walker): void {
  const stack: Array<{ node: HtmlNode; entered: boolean }> = [];
  for (let r = roots.length - 1; r >= 0; r--) stack.push({ node: roots[r] as HtmlNode, entered: false });
  while (stack.length > 0) {
    const frame = stack.pop() as { node: HtmlNode; entered: boolean };
    const node = frame.node;
    if (frame.entered) {
      walker.leave?.(node as HtmlElement);
      continue;
    }
    if (DomUtils.isText(node)) {
      walker.text?.(node.data);
      continue;
    }
    const isTag = isElement(node);
    if (isTag && !walker.enter(node)) continue;
    if (!('children' in node)) continue;
    if (isTag) stack.push({ node, entered: true });
    const children = node.children;
    for (let c = children.length - 1; c >= 0; c--) stack.push({ node: children[c] as HtmlNode, entered: false });
  }
}

/** The first element under `roots` (document order) that `test` accepts, not looking inside elements `prune` rejects. */
export function findElement(
  roots: readonly HtmlNode[],
  test: (element: HtmlElement) => boolean,
  prune: (element: HtmlElement) => boolean = () => false,
): HtmlElement | null {
  let found: HtmlElement | null = null;
  walk(roots, {
    enter(element) {
      if (found || prune(element)) return false;
      if (test(element)) found = element;
      return !found;
    },
  });
  return found;
}

/** Text of an element and its descendants, whitespace collapsed, trimmed. */
export function collapsedText(roots: readonly HtmlNode[]): string {
  const parts: string[] = [];
  walk(roots, { enter: () => true, text: (data) => void parts.push(data) });
  return collapseWhitespace(parts.join(''));
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
