/**
 * Finds the words Spotter matched inside a post, as DOM Ranges, so the content script can show them
 * with the CSS Custom Highlight API without changing the page's DOM
 * (https://developer.mozilla.org/docs/Web/API/CSS_Custom_Highlight_API).
 */

const MAX_RANGES = 40;

/** Text nodes under `root` in document order, skipping subtrees for which `skip` is true. */
function textNodes(root: Element, skip: (element: Element) => boolean): Text[] {
  const nodes: Text[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) nodes.push(child as Text);
      else if (child.nodeType === 1 && !skip(child as Element)) walk(child);
    }
  };
  walk(root);
  return nodes;
}

/**
 * Ranges covering each occurrence of each phrase (case-insensitive, whitespace-tolerant) inside
 * `root`'s text, including phrases that cross element boundaries ("lower <b>back</b> cramp").
 */
export function findPhraseRanges(
  root: Element,
  phrases: readonly string[],
  skip: (element: Element) => boolean = () => false,
): Range[] {
  const wanted = [...new Set(phrases.map((phrase) => phrase.trim().toLowerCase()).filter((p) => p.length > 1))];
  if (wanted.length === 0) return [];
  const nodes = textNodes(root, skip);
  // One flat string with a map from each character back to its node and offset.
  let flat = '';
  const owners: { node: Text; start: number }[] = [];
  for (const node of nodes) {
    owners.push({ node, start: flat.length });
    flat += node.data;
  }
  const haystack = flat.toLowerCase();
  const locate = (index: number): { node: Text; offset: number } | undefined => {
    let low = 0;
    let high = owners.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (owners[mid]!.start <= index) low = mid;
      else high = mid - 1;
    }
    const owner = owners[low];
    return owner && { node: owner.node, offset: index - owner.start };
  };
  const ranges: Range[] = [];
  const doc = root.ownerDocument;
  for (const phrase of wanted) {
    const pattern = new RegExp(phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'g');
    for (const match of haystack.matchAll(pattern)) {
      const start = locate(match.index);
      const end = locate(match.index + match[0].length - 1);
      if (!start || !end) continue;
      const range = doc.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset + 1);
      ranges.push(range);
      if (ranges.length >= MAX_RANGES) return ranges;
    }
  }
  return ranges;
}
