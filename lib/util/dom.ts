/**
 * Element lookups for the forum adapters, in the style of select-dom as refined-github uses it
 * (https://github.com/fregante/select-dom): `$` for an element the page must have (it throws where
 * the markup broke, so the scanner can fall back to the generic adapter instead of showing nothing),
 * `$optional` for one it may lack, `$$` for all of them.
 *
 * A selector is a string or an ordered list of fallbacks, one per page variant (a theme, an older
 * engine version). With a list the first selector that matches anything wins, so a page never mixes
 * two variants' elements.
 */
export type Selector = string | readonly string[];

/** Thrown by `$` when the page lacks an element its engine always renders. */
export class MissingElementError extends Error {
  override readonly name = 'MissingElementError';

  constructor(
    readonly selector: Selector,
    root: ParentNode,
  ) {
    super(`Spotter: required element ${describeSelector(selector)} is missing in ${describeNode(root)}`);
  }
}

function variants(selector: Selector): readonly string[] {
  return typeof selector === 'string' ? [selector] : selector;
}

function describeSelector(selector: Selector): string {
  return variants(selector)
    .map((variant) => `"${variant}"`)
    .join(' or ');
}

function describeNode(node: ParentNode): string {
  if (!isElement(node)) return 'the document';
  const id = node.id ? `#${node.id}` : '';
  const classes = [...node.classList]
    .slice(0, 3)
    .map((name) => `.${name}`)
    .join('');
  return `<${node.localName}${id}${classes}>`;
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === ELEMENT_NODE;
}

const ELEMENT_NODE = 1;

/** The first element matching `selector` inside `root`, or null. */
export function $optional<E extends Element = Element>(selector: Selector, root: ParentNode): E | null {
  for (const variant of variants(selector)) {
    const found = root.querySelector<E>(variant);
    if (found) return found;
  }
  return null;
}

/** The first element matching `selector` inside `root`; throws `MissingElementError` when there is none. */
export function $<E extends Element = Element>(selector: Selector, root: ParentNode): E {
  const found = $optional<E>(selector, root);
  if (!found) throw new MissingElementError(selector, root);
  return found;
}

/** Every element matching `selector` inside `root`, in document order. */
export function $$<E extends Element = Element>(selector: Selector, root: ParentNode): E[] {
  for (const variant of variants(selector)) {
    const found = root.querySelectorAll<E>(variant);
    if (found.length > 0) return [...found];
  }
  return [];
}

/**
 * Like `$$`, but `root` itself counts when it matches. The scanner hands adapters a single post (or
 * the subtree a mutation added) as the root, and that post must be found too.
 */
export function $$inclusive<E extends Element = Element>(selector: Selector, root: ParentNode): E[] {
  for (const variant of variants(selector)) {
    const found = [...root.querySelectorAll<E>(variant)];
    if (isElement(root) && root.matches(variant)) found.unshift(root as E);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * A descendant lookup written as steps, `['.message-body', '.bbWrapper']` for `.message-body .bbWrapper`:
 * the first match of each step inside the previous step's match. Or a list of such paths, tried in order.
 */
export type Path = readonly string[];

function pathVariants(paths: Path | readonly Path[]): readonly Path[] {
  return typeof paths[0] === 'string' ? [paths as Path] : (paths as readonly Path[]);
}

/**
 * Follows a path down from `root`; null when a step finds nothing. Adapters use paths for lookups
 * that run once per post: Chromium answers a descendant selector whose leftmost part is a class or an
 * attribute in time that grows with the whole page, not the post (measured with Chromium 156 on a
 * 150,000-element thread: ~100 µs per post for `.a .b`, ~1 µs for the two steps), which made reading
 * a long thread quadratic. Single-step selectors are fast either way.
 */
export function $pathOptional<E extends Element = Element>(paths: Path | readonly Path[], root: ParentNode): E | null {
  for (const path of pathVariants(paths)) {
    let found: Element | null = null;
    let scope: ParentNode = root;
    for (const step of path) {
      found = scope.querySelector(step);
      if (!found) break;
      scope = found;
    }
    if (found) return found as E;
  }
  return null;
}

/** Follows a path down from `root`; throws `MissingElementError` when it leads nowhere. */
export function $path<E extends Element = Element>(paths: Path | readonly Path[], root: ParentNode): E {
  const found = $pathOptional<E>(paths, root);
  if (!found)
    throw new MissingElementError(
      pathVariants(paths).map((path) => path.join(' ')),
      root,
    );
  return found;
}

/** An attribute's value, trimmed; null when absent or blank. */
export function attribute(element: Element, name: string): string | null {
  const value = element.getAttribute(name)?.trim();
  return value ? value : null;
}

/** An element's text, whitespace collapsed; null when the element is absent or has no text. */
export function textOf(element: Element | null): string | null {
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}
