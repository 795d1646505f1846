import type { Locator } from 'playwright-core';

/** WCAG 2.5.5 (AAA) target size, the size a fingertip needs. */
export const TOUCH_TARGET_PX = 44;

/**
 * Visible controls under `root` smaller than a touch target in either direction, described as
 * "tag 'text' WxH". Links inside running text are exempt (WCAG 2.5.5's inline exception).
 */
export function smallTargets(root: Locator): Promise<string[]> {
  return root.evaluate((element, min) => {
    const scope = element.shadowRoot ?? element;
    const controls = [...scope.querySelectorAll<HTMLElement>('button, a[href], select, input, summary, [role="button"]')];
    return controls.flatMap((control) => {
      const box = control.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return [];
      if (control.tagName === 'A' && control.closest('p')) return [];
      if (box.width >= min - 0.5 && box.height >= min - 0.5) return [];
      return [
        `${control.tagName.toLowerCase()} '${(control.textContent ?? '').trim().slice(0, 30)}' ${Math.round(box.width)}x${Math.round(box.height)}`,
      ];
    });
  }, TOUCH_TARGET_PX);
}

/** Parts of `root` that stick out past the viewport's right edge, or that scroll sideways. */
export function cutOff(root: Locator): Promise<string[]> {
  return root.evaluate((element) => {
    const scope = element.shadowRoot ?? element;
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    for (const child of scope.querySelectorAll<HTMLElement>('*')) {
      const box = child.getBoundingClientRect();
      // Visually hidden text (1 px, clipped) is for screen readers only.
      if (box.width <= 1 || child.closest('[hidden]')) continue;
      if (box.right > width + 1 || box.left < -1)
        problems.push(`${child.tagName.toLowerCase()}.${child.className} ${Math.round(box.left)}..${Math.round(box.right)}`);
      if (child.scrollWidth > child.clientWidth + 1 && getComputedStyle(child).overflowX !== 'visible') {
        problems.push(`${child.tagName.toLowerCase()}.${child.className} scrolls sideways`);
      }
    }
    return problems.slice(0, 10);
  });
}
